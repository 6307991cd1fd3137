package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClientConfig;
import edu.lifecycle.registry.serde.subject.RecordNameStrategy;
import edu.lifecycle.registry.serde.subject.SubjectNameStrategy;
import edu.lifecycle.registry.serde.subject.TopicNameStrategy;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The serde settings under Confluent's exact key names, so a producer or consumer config written for Confluent's
 * {@code KafkaAvroSerializer} works unchanged. The REST client keys ({@code basic.auth.*}, {@code max.retries}, …) are
 * repeated here for convenience and read by {@link SchemaRegistryClientConfig}.
 */
public final class KafkaAvroSerDeConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
    public static final String USE_SCHEMA_ID = "use.schema.id";
    public static final String ID_COMPATIBILITY_STRICT = "id.compatibility.strict";
    public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
    public static final String SPECIFIC_AVRO_KEY_TYPE_CONFIG = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE_CONFIG = "specific.avro.value.type";
    public static final String AVRO_USE_LOGICAL_TYPE_CONVERTERS_CONFIG = "avro.use.logical.type.converters";
    public static final String AVRO_FAIL_ON_TRAILING_DATA_CONFIG = "avro.fail.on.trailing.data";
    public static final String SCHEMA_REFLECTION_CONFIG = "schema.reflection";

    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE;
    public static final String USER_INFO_CONFIG = SchemaRegistryClientConfig.USER_INFO_CONFIG;
    public static final String MAX_SCHEMAS_PER_SUBJECT_CONFIG =
            SchemaRegistryClientConfig.MAX_SCHEMAS_PER_SUBJECT_CONFIG;
    public static final String HTTP_CONNECT_TIMEOUT_MS = SchemaRegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS;
    public static final String HTTP_READ_TIMEOUT_MS = SchemaRegistryClientConfig.HTTP_READ_TIMEOUT_MS;
    public static final String MAX_RETRIES_CONFIG = SchemaRegistryClientConfig.MAX_RETRIES_CONFIG;
    public static final String RETRIES_WAIT_MS_CONFIG = SchemaRegistryClientConfig.RETRIES_WAIT_MS_CONFIG;
    public static final String RETRIES_MAX_WAIT_MS_CONFIG = SchemaRegistryClientConfig.RETRIES_MAX_WAIT_MS_CONFIG;
    public static final String MISSING_ID_CACHE_TTL_CONFIG = SchemaRegistryClientConfig.MISSING_ID_CACHE_TTL_CONFIG;
    public static final String MISSING_SCHEMA_CACHE_TTL_CONFIG =
            SchemaRegistryClientConfig.MISSING_SCHEMA_CACHE_TTL_CONFIG;
    public static final String MISSING_CACHE_SIZE_CONFIG = SchemaRegistryClientConfig.MISSING_CACHE_SIZE_CONFIG;
    public static final String REQUEST_HEADER_PREFIX = SchemaRegistryClientConfig.REQUEST_HEADER_PREFIX;

    /** Confluent's strategy class names, accepted as plain strings so Confluent configs need no edit. */
    private static final Map<String, Class<? extends SubjectNameStrategy>> CONFLUENT_STRATEGY_ALIASES = Map.of(
            "io.confluent.kafka.serializers.subject.TopicNameStrategy", TopicNameStrategy.class,
            "io.confluent.kafka.serializers.subject.RecordNameStrategy", RecordNameStrategy.class,
            "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy", TopicRecordNameStrategy.class);

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(
                    SCHEMA_REGISTRY_URL_CONFIG,
                    Type.LIST,
                    null,
                    Importance.HIGH,
                    "Comma-separated registry URLs, tried in turn on failure; mock://<scope> for an in-memory registry.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM, "Register on serialize.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW, "Serialize with the subject's latest.")
            .define(LATEST_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW, "Latest must read our data.")
            .define(USE_SCHEMA_ID, Type.INT, -1, Importance.LOW, "Serialize with this fixed schema id.")
            .define(ID_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW, "That schema must read our data.")
            .define(NORMALIZE_SCHEMAS, Type.BOOLEAN, false, Importance.LOW, "Ask the registry to normalize.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.CLASS, TopicNameStrategy.class, Importance.MEDIUM, "")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.CLASS, TopicNameStrategy.class, Importance.MEDIUM, "")
            .define(SPECIFIC_AVRO_READER_CONFIG, Type.BOOLEAN, false, Importance.LOW, "Read SpecificRecords.")
            .define(SPECIFIC_AVRO_KEY_TYPE_CONFIG, Type.CLASS, null, Importance.LOW, "")
            .define(SPECIFIC_AVRO_VALUE_TYPE_CONFIG, Type.CLASS, null, Importance.LOW, "")
            .define(AVRO_USE_LOGICAL_TYPE_CONVERTERS_CONFIG, Type.BOOLEAN, false, Importance.LOW, "")
            .define(AVRO_FAIL_ON_TRAILING_DATA_CONFIG, Type.BOOLEAN, false, Importance.LOW, "")
            .define(SCHEMA_REFLECTION_CONFIG, Type.BOOLEAN, false, Importance.LOW, "Not supported.");

    public KafkaAvroSerDeConfig(Map<String, ?> configs) {
        super(DEFINITION, withStrategyAliasesResolved(configs), false);
        if (getBoolean(SCHEMA_REFLECTION_CONFIG)) {
            throw new ConfigException(SCHEMA_REFLECTION_CONFIG, true, "ReflectData serialization is not supported");
        }
    }

    /** The registry URLs; required unless the serde was handed a client. */
    public List<String> schemaRegistryUrls() {
        List<String> urls = getList(SCHEMA_REGISTRY_URL_CONFIG);
        if (urls == null || urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL_CONFIG
                    + "\" which has no default value.");
        }
        return urls;
    }

    boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION);
    }

    boolean latestCompatibilityStrict() {
        return getBoolean(LATEST_COMPATIBILITY_STRICT);
    }

    int useSchemaId() {
        return getInt(USE_SCHEMA_ID);
    }

    boolean idCompatibilityStrict() {
        return getBoolean(ID_COMPATIBILITY_STRICT);
    }

    boolean normalizeSchemas() {
        return getBoolean(NORMALIZE_SCHEMAS);
    }

    SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        return getConfiguredInstance(
                isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY, SubjectNameStrategy.class);
    }

    boolean specificAvroReader() {
        return getBoolean(SPECIFIC_AVRO_READER_CONFIG);
    }

    Class<?> specificAvroType(boolean isKey) {
        return getClass(isKey ? SPECIFIC_AVRO_KEY_TYPE_CONFIG : SPECIFIC_AVRO_VALUE_TYPE_CONFIG);
    }

    boolean useLogicalTypeConverters() {
        return getBoolean(AVRO_USE_LOGICAL_TYPE_CONVERTERS_CONFIG);
    }

    boolean failOnTrailingData() {
        return getBoolean(AVRO_FAIL_ON_TRAILING_DATA_CONFIG);
    }

    private static Map<String, ?> withStrategyAliasesResolved(Map<String, ?> configs) {
        Map<String, Object> resolved = new HashMap<>(configs);
        for (String key : List.of(KEY_SUBJECT_NAME_STRATEGY, VALUE_SUBJECT_NAME_STRATEGY)) {
            Object value = resolved.get(key);
            if (value instanceof String name && CONFLUENT_STRATEGY_ALIASES.containsKey(name.trim())) {
                resolved.put(key, CONFLUENT_STRATEGY_ALIASES.get(name.trim()));
            }
        }
        return resolved;
    }
}
