package edu.lifecycle.console.pages;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What shape a service's JSON value has, for the template that renders any of them ({@code @json} there). */
@Component("json")
public class JsonShapes {

    public boolean isObject(Object value) {
        return value instanceof Map;
    }

    /** A non-empty list of objects: shown as a table. */
    public boolean isTable(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map;
    }

    public boolean isList(Object value) {
        return value instanceof List;
    }

    public boolean isEmptyList(Object value) {
        return value instanceof List<?> list && list.isEmpty();
    }

    /** The columns of a table: the keys of every row, in order of first appearance. */
    public List<String> columns(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        var keys = new java.util.LinkedHashSet<String>();
        list.forEach(row -> {
            if (row instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> keys.add(String.valueOf(key)));
            }
        });
        return List.copyOf(keys);
    }
}
