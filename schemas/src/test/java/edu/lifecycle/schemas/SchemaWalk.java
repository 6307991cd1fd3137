package edu.lifecycle.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/** Every named type and every field reachable from a record, nested records included. */
record SchemaWalk(List<Schema> namedTypes, List<Schema.Field> fields) {

    static SchemaWalk of(Schema root) {
        Map<String, Schema> named = new LinkedHashMap<>();
        List<Schema.Field> fields = new ArrayList<>();
        visit(root, named, fields);
        return new SchemaWalk(List.copyOf(named.values()), List.copyOf(fields));
    }

    private static void visit(Schema schema, Map<String, Schema> named, List<Schema.Field> fields) {
        switch (schema.getType()) {
            case RECORD -> {
                if (named.putIfAbsent(schema.getFullName(), schema) == null) {
                    for (Schema.Field field : schema.getFields()) {
                        fields.add(field);
                        visit(field.schema(), named, fields);
                    }
                }
            }
            case ENUM, FIXED -> named.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> visit(schema.getElementType(), named, fields);
            case MAP -> visit(schema.getValueType(), named, fields);
            case UNION -> schema.getTypes().forEach(branch -> visit(branch, named, fields));
            default -> {}
        }
    }
}
