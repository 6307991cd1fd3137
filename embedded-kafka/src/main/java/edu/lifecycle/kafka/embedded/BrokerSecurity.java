package edu.lifecycle.kafka.embedded;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the broker is closed: clients authenticate with SASL/SCRAM-SHA-512, KRaft's {@code StandardAuthorizer} refuses
 * whatever no ACL allows, and two super users exist from the first format on: {@value #BROKER_USER}, the broker's own
 * identity on its controller listener (SASL/PLAIN, loopback only) and between brokers (SCRAM), and the administrator
 * that provisions users, topics and ACLs.
 *
 * @param brokerPassword the secret of the broker's own identity
 * @param adminUser the administrator's user name
 * @param adminPassword the administrator's password
 */
public record BrokerSecurity(String brokerPassword, String adminUser, String adminPassword) {

    /** The broker's own principal, {@code User:broker}. */
    public static final String BROKER_USER = "broker";

    /** The only mechanism clients may use. */
    public static final String CLIENT_MECHANISM = "SCRAM-SHA-512";

    // Secrets end up inside JAAS lines and the formatter's SCRAM arguments: letters and digits need no quoting.
    private static final Pattern PLAIN_SECRET = Pattern.compile("[A-Za-z0-9]{16,}");
    private static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public BrokerSecurity {
        requireSecret(brokerPassword, "brokerPassword");
        Objects.requireNonNull(adminUser, "adminUser");
        if (!USER_NAME.matcher(adminUser).matches() || adminUser.equals(BROKER_USER)) {
            throw new IllegalArgumentException(
                    "adminUser must be a lower-case name other than broker, was " + adminUser);
        }
        requireSecret(adminPassword, "adminPassword");
    }

    /** The Kafka client settings of a SCRAM user: what a client needs besides {@code bootstrap.servers}. */
    public static Map<String, Object> scramClient(String user, String password) {
        return Map.of(
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                CLIENT_MECHANISM,
                "sasl.jaas.config",
                scramJaas(user, password));
    }

    static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private static void requireSecret(String secret, String name) {
        Objects.requireNonNull(secret, name);
        if (!PLAIN_SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException(name + " must be at least 16 letters or digits");
        }
    }

    /** Never the secrets: settings get printed in error messages and logs. */
    @Override
    public String toString() {
        return "BrokerSecurity[SASL/" + CLIENT_MECHANISM + ", StandardAuthorizer, super users " + BROKER_USER + " and "
                + adminUser + "]";
    }
}
