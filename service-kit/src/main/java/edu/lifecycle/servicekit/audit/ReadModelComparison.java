package edu.lifecycle.servicekit.audit;

import edu.lifecycle.servicekit.json.KitJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares one partition of one store, live against rebuilt, key by key. Values are compared as the JSON the query
 * APIs would show, so two values equal to a reader are equal here whatever their Java classes.
 */
public final class ReadModelComparison {

    private ReadModelComparison() {}

    /** The keys that differ, in key order; empty when the two agree. */
    public static List<KeyDifference> compare(
            String store, int partition, Map<String, ?> live, Map<String, ?> rebuilt) {
        List<KeyDifference> differences = new ArrayList<>();
        var keys = new TreeSet<String>(live.keySet());
        keys.addAll(rebuilt.keySet());
        for (String key : keys) {
            Object liveValue = live.get(key);
            Object rebuiltValue = rebuilt.get(key);
            if (liveValue == null && rebuiltValue == null) {
                continue;
            }
            JsonNode liveJson = liveValue == null ? null : KitJson.toTree(liveValue);
            JsonNode rebuiltJson = rebuiltValue == null ? null : KitJson.toTree(rebuiltValue);
            if (liveJson == null) {
                differences.add(
                        new KeyDifference(store, partition, key, KeyDifference.Kind.MISSING_LIVE, null, rebuiltJson));
            } else if (rebuiltJson == null) {
                differences.add(
                        new KeyDifference(store, partition, key, KeyDifference.Kind.MISSING_REBUILT, liveJson, null));
            } else if (!Objects.equals(liveJson, rebuiltJson)) {
                differences.add(
                        new KeyDifference(store, partition, key, KeyDifference.Kind.DIFFERENT, liveJson, rebuiltJson));
            }
        }
        return differences;
    }
}
