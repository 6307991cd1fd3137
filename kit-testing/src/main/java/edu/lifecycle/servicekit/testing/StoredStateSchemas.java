package edu.lifecycle.servicekit.testing;

import edu.lifecycle.servicekit.state.StateSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.avro.SchemaCompatibility;

/**
 * The check behind each service's stored-state schema test: for every stored record type, the schema derived from
 * the record equals the newest one committed, and reads what each older committed one wrote. Run the test with
 * {@code -Dstate-schemas.write=true} to write a changed type's derived schema as its next version, into the module's
 * {@code src/main/resources/state-schemas/} (ADR 16); then commit it.
 */
public final class StoredStateSchemas {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private StoredStateSchemas() {}

    /** {@link #assertCommitted} for every type with a schema committed in the module, found by its schema's name. */
    public static void assertEveryCommittedSchema() {
        var types = new TreeSet<String>();
        try (var files = Files.list(RESOURCES.resolve(StateSchemas.FOLDER))) {
            files.map(file -> file.getFileName().toString())
                    .map(name -> name.replaceFirst("\\.v\\d+\\.avsc$", ""))
                    .forEach(types::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types.isEmpty()) {
            throw new AssertionError("No state schema committed in " + RESOURCES.resolve(StateSchemas.FOLDER));
        }
        assertCommitted(types.stream().map(StoredStateSchemas::recordNamed).toList());
    }

    /** Fails naming every type whose schema is not committed or whose newest schema cannot read an older one. */
    public static void assertCommitted(List<Class<? extends Record>> types) {
        var problems = new ArrayList<String>();
        for (var type : types) {
            var derived = StateSchemas.derived(type);
            var committed = StateSchemas.committed(type);
            if (committed.isEmpty() || !committed.get(committed.size() - 1).equals(derived)) {
                var next = StateSchemas.resourceOf(type, committed.size() + 1);
                if (Boolean.getBoolean("state-schemas.write")) {
                    write(RESOURCES.resolve(next), derived.toString(true) + "\n");
                } else {
                    problems.add(type.getName() + " changed: commit " + next
                            + " (run this test with -Dstate-schemas.write=true)");
                }
            }
            for (int version = 1; version <= committed.size(); version++) {
                var compatibility =
                        SchemaCompatibility.checkReaderWriterCompatibility(derived, committed.get(version - 1));
                if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                    problems.add(type.getName() + " cannot read its version " + version + ": "
                            + compatibility.getResult().getIncompatibilities());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** The record class of a schema's full name: a nested class's {@code $} is written {@code _} in it. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordNamed(String fullName) {
        var dot = fullName.lastIndexOf('.');
        var binaryName =
                fullName.substring(0, dot + 1) + fullName.substring(dot + 1).replace('_', '$');
        try {
            return (Class<? extends Record>) Class.forName(binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("A state schema is committed for " + binaryName + ", which does not exist", e);
        }
    }

    private static void write(Path file, String schema) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
