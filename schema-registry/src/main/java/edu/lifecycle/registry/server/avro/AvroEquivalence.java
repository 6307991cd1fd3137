package edu.lifecycle.registry.server.avro;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Whether two parsed schemas are the same schema, decided as Confluent's {@code AvroSchema.equivalent} decides it:
 * Avro's own equality (names, types, fields, defaults, sort order, and properties such as {@code precision} and
 * {@code scale} in any order) plus the documentation, aliases and enum defaults that Avro's equality ignores.
 *
 * <p>This is what makes a re-registration with the attributes in another order, or another spacing, find the
 * version the subject already holds: producers in other languages write JSON in their own order.
 */
public final class AvroEquivalence {

    private AvroEquivalence() {}

    public static boolean equivalent(Schema one, Schema other) {
        return one.equals(other) && sameDescriptions(one, other, new IdentityHashMap<>());
    }

    /** Docs, aliases and enum defaults, walked alongside the (already equal) structure. */
    private static boolean sameDescriptions(Schema one, Schema other, Map<Schema, Set<Schema>> visited) {
        if (one == other) {
            return true;
        }
        if (one.getType() != other.getType()) {
            return false;
        }
        return switch (one.getType()) {
            case RECORD -> {
                // Recursive records refer back to themselves: a pair already being compared counts as equal here.
                if (!visited.computeIfAbsent(one, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(other)) {
                    yield true;
                }
                yield sameNameDescriptions(one, other) && sameFields(one.getFields(), other.getFields(), visited);
            }
            case ENUM ->
                sameNameDescriptions(one, other) && Objects.equals(one.getEnumDefault(), other.getEnumDefault());
            case FIXED -> sameNameDescriptions(one, other);
            case ARRAY -> sameDescriptions(one.getElementType(), other.getElementType(), visited);
            case MAP -> sameDescriptions(one.getValueType(), other.getValueType(), visited);
            case UNION -> sameBranches(one.getTypes(), other.getTypes(), visited);
            default -> true;
        };
    }

    private static boolean sameNameDescriptions(Schema one, Schema other) {
        return Objects.equals(one.getAliases(), other.getAliases()) && Objects.equals(one.getDoc(), other.getDoc());
    }

    private static boolean sameFields(
            List<Schema.Field> fields, List<Schema.Field> otherFields, Map<Schema, Set<Schema>> visited) {
        if (fields.size() != otherFields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            Schema.Field field = fields.get(i);
            Schema.Field otherField = otherFields.get(i);
            if (!Objects.equals(field.aliases(), otherField.aliases())
                    || !Objects.equals(field.doc(), otherField.doc())
                    || !sameDescriptions(field.schema(), otherField.schema(), visited)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBranches(
            List<Schema> branches, List<Schema> otherBranches, Map<Schema, Set<Schema>> visited) {
        if (branches.size() != otherBranches.size()) {
            return false;
        }
        for (int i = 0; i < branches.size(); i++) {
            if (!sameDescriptions(branches.get(i), otherBranches.get(i), visited)) {
                return false;
            }
        }
        return true;
    }
}
