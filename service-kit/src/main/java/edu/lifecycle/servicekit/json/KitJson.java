package edu.lifecycle.servicekit.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper behind every internal topic. It is deliberately not Spring's: a topology must read and write the
 * same bytes in a {@code TopologyTestDriver} test as in the running service, whatever the web layer customises.
 */
public final class KitJson {

    // Unknown fields are skipped: during a rolling upgrade, an older instance reads what a newer one wrote.
    // A number with a fraction is read into a tree (a command's payload) as the decimal it is written as, scale and
    // all: read as a double, 1500.00 came back as 1500.0 and a long amount lost its last digits.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private KitJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The JSON tree of a value; {@code null} stays {@code null}. */
    public static JsonNode toTree(Object value) {
        return value == null ? null : MAPPER.valueToTree(value);
    }

    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        return MAPPER.treeToValue(tree, type);
    }
}
