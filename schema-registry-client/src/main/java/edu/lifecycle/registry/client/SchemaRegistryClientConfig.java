package edu.lifecycle.registry.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The REST client's settings, under Confluent's key names. Every key may also carry the {@code schema.registry.}
 * prefix, which wins over the bare key, so a producer config can scope them away from Kafka's own {@code
 * basic.auth.*} or {@code max.retries} style keys.
 */
public final class SchemaRegistryClientConfig extends AbstractConfig {

    public static final String CLIENT_NAMESPACE = "schema.registry.";

    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO_CONFIG = "basic.auth.user.info";
    public static final String MAX_SCHEMAS_PER_SUBJECT_CONFIG = "max.schemas.per.subject";
    public static final int MAX_SCHEMAS_PER_SUBJECT_DEFAULT = 1000;
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES_CONFIG = "max.retries";
    public static final String RETRIES_WAIT_MS_CONFIG = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS_CONFIG = "retries.max.wait.ms";
    public static final String MISSING_ID_CACHE_TTL_CONFIG = "missing.id.cache.ttl.sec";
    public static final String MISSING_SCHEMA_CACHE_TTL_CONFIG = "missing.schema.cache.ttl.sec";
    public static final String MISSING_VERSION_CACHE_TTL_CONFIG = "missing.version.cache.ttl.sec";
    public static final String MISSING_CACHE_SIZE_CONFIG = "missing.cache.size";
    public static final String LATEST_CACHE_SIZE_CONFIG = "latest.cache.size";
    public static final String LATEST_CACHE_TTL_CONFIG = "latest.cache.ttl.sec";
    public static final String REQUEST_HEADER_PREFIX = "request.header.";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(
                    BASIC_AUTH_CREDENTIALS_SOURCE,
                    Type.STRING,
                    "URL",
                    Importance.MEDIUM,
                    "Where basic-auth credentials come from: URL (user:pass@host) or USER_INFO.")
            .define(USER_INFO_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, "user:password for USER_INFO.")
            .define(
                    MAX_SCHEMAS_PER_SUBJECT_CONFIG,
                    Type.INT,
                    MAX_SCHEMAS_PER_SUBJECT_DEFAULT,
                    ConfigDef.Range.atLeast(1),
                    Importance.LOW,
                    "Bound of each per-subject cache.")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 60_000, ConfigDef.Range.atLeast(1), Importance.LOW, "")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT, 60_000, ConfigDef.Range.atLeast(1), Importance.LOW, "")
            .define(MAX_RETRIES_CONFIG, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.LOW, "")
            .define(RETRIES_WAIT_MS_CONFIG, Type.LONG, 1000L, ConfigDef.Range.atLeast(0), Importance.LOW, "")
            .define(RETRIES_MAX_WAIT_MS_CONFIG, Type.LONG, 20_000L, ConfigDef.Range.atLeast(0), Importance.LOW, "")
            .define(MISSING_ID_CACHE_TTL_CONFIG, Type.LONG, 0L, Importance.LOW, "0 disables the cache.")
            .define(MISSING_SCHEMA_CACHE_TTL_CONFIG, Type.LONG, 0L, Importance.LOW, "0 disables the cache.")
            .define(MISSING_VERSION_CACHE_TTL_CONFIG, Type.LONG, 0L, Importance.LOW, "0 disables the cache.")
            .define(MISSING_CACHE_SIZE_CONFIG, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW, "")
            .define(LATEST_CACHE_SIZE_CONFIG, Type.INT, 1000, ConfigDef.Range.atLeast(1), Importance.LOW, "")
            .define(LATEST_CACHE_TTL_CONFIG, Type.LONG, 60L, Importance.LOW, "Negative: never expire; 0: no cache.");

    private SchemaRegistryClientConfig(Map<String, ?> configs) {
        super(DEFINITION, configs, false);
    }

    public static SchemaRegistryClientConfig from(Map<String, ?> configs) {
        Map<String, Object> effective = new HashMap<>(configs);
        configs.forEach((key, value) -> {
            if (key.startsWith(CLIENT_NAMESPACE)) {
                effective.put(key.substring(CLIENT_NAMESPACE.length()), value);
            }
        });
        return new SchemaRegistryClientConfig(effective);
    }

    /** Which credentials to send; SASL_INHERIT would need Kafka's JAAS machinery, which this client does not carry. */
    BasicAuthSource basicAuthSource() {
        String source = getString(BASIC_AUTH_CREDENTIALS_SOURCE).trim().toUpperCase(Locale.ROOT);
        return switch (source) {
            case "URL" -> BasicAuthSource.URL;
            case "USER_INFO" -> BasicAuthSource.USER_INFO;
            case "SASL_INHERIT" ->
                throw new ConfigException(
                        BASIC_AUTH_CREDENTIALS_SOURCE,
                        source,
                        "SASL_INHERIT is not supported by this client; use USER_INFO with " + USER_INFO_CONFIG);
            default -> throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, source, "must be URL or USER_INFO");
        };
    }

    String userInfo() {
        Password password = getPassword(USER_INFO_CONFIG);
        return password == null ? "" : password.value();
    }

    int maxSchemasPerSubject() {
        return getInt(MAX_SCHEMAS_PER_SUBJECT_CONFIG);
    }

    Duration connectTimeout() {
        return Duration.ofMillis(getInt(HTTP_CONNECT_TIMEOUT_MS));
    }

    Duration readTimeout() {
        return Duration.ofMillis(getInt(HTTP_READ_TIMEOUT_MS));
    }

    int maxRetries() {
        return getInt(MAX_RETRIES_CONFIG);
    }

    RetryBackoff retryBackoff() {
        return new RetryBackoff(
                Duration.ofMillis(getLong(RETRIES_WAIT_MS_CONFIG)),
                Duration.ofMillis(getLong(RETRIES_MAX_WAIT_MS_CONFIG)));
    }

    Duration missingIdTtl() {
        return Duration.ofSeconds(getLong(MISSING_ID_CACHE_TTL_CONFIG));
    }

    Duration missingSchemaTtl() {
        return Duration.ofSeconds(getLong(MISSING_SCHEMA_CACHE_TTL_CONFIG));
    }

    Duration missingVersionTtl() {
        return Duration.ofSeconds(getLong(MISSING_VERSION_CACHE_TTL_CONFIG));
    }

    int missingCacheSize() {
        return getInt(MISSING_CACHE_SIZE_CONFIG);
    }

    int latestCacheSize() {
        return getInt(LATEST_CACHE_SIZE_CONFIG);
    }

    Duration latestCacheTtl() {
        return Duration.ofSeconds(getLong(LATEST_CACHE_TTL_CONFIG));
    }

    Map<String, String> requestHeaders() {
        Map<String, String> headers = new HashMap<>();
        originalsWithPrefix(REQUEST_HEADER_PREFIX).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return headers;
    }

    enum BasicAuthSource {
        URL,
        USER_INFO
    }
}
