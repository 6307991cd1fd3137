package edu.lifecycle.registry.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone registry's options; a command-line option beats its environment variable, which beats the default.
 *
 * @param usersFile the logins callers must give; without it (and without {@code anonymous}) the registry does not start
 * @param anonymous open to anyone: only on purpose, never by default
 * @param kafkaConfig Kafka client settings for the registry's own login to its schema topic (SASL and the like)
 */
record MainArguments(
        RegistrySettings settings,
        boolean help,
        Optional<Path> usersFile,
        boolean anonymous,
        Optional<Path> kafkaConfig) {

    static final int DEFAULT_PORT = 8081;
    static final String DEFAULT_HOST = "0.0.0.0";
    /** The variable Confluent's image turns into {@code schema.compatibility.level}. */
    static final String COMPATIBILITY_VARIABLE = "SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL";

    static final String USAGE = """
            Usage: java -jar schema-registry-exec.jar [options]
              --port <port>                HTTP port (env REGISTRY_PORT, default 8081; 0 picks a free port)
              --host <address>             address to listen on (env REGISTRY_HOST, default 0.0.0.0)
              --bootstrap-servers <hosts>  Kafka cluster holding the schemas (env KAFKA_BOOTSTRAP_SERVERS);
                                           without it, schemas live in memory and vanish on exit
              --topic <name>               schema topic (env REGISTRY_TOPIC, default _schemas)
              --users-file <file>          the logins callers must give (env REGISTRY_USERS_FILE), one
                                           'name: password,role' per line, roles writer or reader
              --anonymous                  no logins at all (env REGISTRY_ANONYMOUS=true): only on purpose
              --kafka-config <file>        Kafka client properties of the registry's own login, e.g. SASL
                                           (env KAFKA_CLIENT_CONFIG)
              --compatibility <level>      global compatibility level until one is set over HTTP (env
                                           SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL, as Confluent's image;
                                           default backward)
              --help                       print this and exit
            """;

    /** @throws IllegalArgumentException for an unknown option, a missing value or a port that is not a number */
    static MainArguments parse(String[] args, Map<String, String> env) {
        String port = env.get("REGISTRY_PORT");
        String host = env.get("REGISTRY_HOST");
        String bootstrapServers = env.get("KAFKA_BOOTSTRAP_SERVERS");
        String topic = env.get("REGISTRY_TOPIC");
        String usersFile = env.get("REGISTRY_USERS_FILE");
        boolean anonymous = "true".equalsIgnoreCase(env.get("REGISTRY_ANONYMOUS"));
        String kafkaConfig = env.get("KAFKA_CLIENT_CONFIG");
        String compatibility = env.get(COMPATIBILITY_VARIABLE);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new MainArguments(RegistrySettings.inMemory(), true, Optional.empty(), false, Optional.empty());
            }
            if (arg.equals("--anonymous")) {
                anonymous = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--bootstrap-servers" -> bootstrapServers = value;
                case "--topic" -> topic = value;
                case "--users-file" -> usersFile = value;
                case "--kafka-config" -> kafkaConfig = value;
                case "--compatibility" -> compatibility = value;
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        var settings = RegistrySettings.inMemory()
                .withHost(host == null || host.isBlank() ? DEFAULT_HOST : host)
                .withPort(port(port))
                .withBootstrapServers(bootstrapServers)
                .withTopic(topic)
                .withDefaultCompatibility(compatibility(compatibility));
        return new MainArguments(settings, false, path(usersFile), anonymous, path(kafkaConfig));
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Confluent's {@code schema.compatibility.level} takes the level in any case, and so does this. */
    private static CompatibilityLevel compatibility(String text) {
        if (text == null || text.isBlank()) {
            return CompatibilityLevel.BACKWARD;
        }
        return CompatibilityLevel.forName(text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown compatibility level '" + text
                        + "'; valid levels are none, backward, backward_transitive, forward, forward_transitive,"
                        + " full and full_transitive"));
    }

    private static int port(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number, was '" + text + "'");
        }
    }
}
