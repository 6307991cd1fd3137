package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroEquivalence;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;
import java.util.Optional;

/**
 * Finds the version of a subject that already holds a schema, as Confluent finds it on register and lookup.
 *
 * <p>First by content: the same stored text and references. Failing that, by meaning: the newest version whose
 * parsed schema is {@linkplain AvroEquivalence equivalent}, with the same references, or any references when the
 * client sent the referenced types inline instead. So a schema spelled with its attributes in another order is the
 * version the subject holds, not a new one.
 */
final class MatchingVersion {

    private final SchemaResolver schemas;

    MatchingVersion(SchemaResolver schemas) {
        this.schemas = schemas;
    }

    /** @param versions the versions that may match, oldest first */
    Optional<Match> in(List<StoredSchema> versions, Candidate candidate) {
        List<StoredSchema> newestFirst = Versions.newestFirst(versions);
        String guid = candidate.guid();
        Optional<StoredSchema> sameContent =
                newestFirst.stream().filter(v -> v.guid().equals(guid)).findFirst();
        if (sameContent.isPresent()) {
            return sameContent.map(v -> new Match(v, true));
        }
        return newestFirst.stream()
                .filter(v -> sameReferencesOrInlined(candidate, v))
                .filter(v -> AvroEquivalence.equivalent(candidate.avro(), schemas.parseStored(v)))
                .findFirst()
                .map(v -> new Match(v, false));
    }

    private static boolean sameReferencesOrInlined(Candidate candidate, StoredSchema version) {
        return candidate.references().equals(version.references())
                || (candidate.references().isEmpty() && !version.references().isEmpty());
    }

    /**
     * A version that holds the schema.
     *
     * @param sameText whether it holds the very text sent, or only an equivalent spelling of it; Confluent answers
     *     the two cases with slightly different bodies
     */
    record Match(StoredSchema version, boolean sameText) {}
}
