package edu.lifecycle.servicekit.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schemas of a stored record type: the one derived from the record as it is now, and the ones committed beside
 * the code, {@code state-schemas/<full name>.v1.avsc}, {@code .v2.avsc}, …, oldest first. The newest committed one
 * must equal the derived one: a record changed without committing its new schema does not start.
 */
public final class StateSchemas {

    /** The resource folder of the committed schemas, in the module that owns the type. */
    public static final String FOLDER = "state-schemas";

    private StateSchemas() {}

    /** The schema derived from the record's components today. */
    public static Schema derived(Class<? extends Record> type) {
        return Codecs.ofRecord(type).schema();
    }

    /** The resource path of version {@code version} (from 1) of the type's committed schema. */
    public static String resourceOf(Class<?> type, int version) {
        return FOLDER + "/" + Codecs.fullName(type) + ".v" + version + ".avsc";
    }

    /** Every committed schema of the type, version 1 first; empty if none is committed. */
    public static List<Schema> committed(Class<?> type) {
        var schemas = new ArrayList<Schema>();
        var loader = type.getClassLoader();
        for (int version = 1; ; version++) {
            try (var in = loader.getResourceAsStream(resourceOf(type, version))) {
                if (in == null) {
                    return List.copyOf(schemas);
                }
                schemas.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resourceOf(type, version), e);
            }
        }
    }
}
