package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.BoundedLruCache;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Chooses what a deserializer reads into: a generated SpecificRecord class when {@code specific.avro.reader} is on (the
 * configured {@code specific.avro.*.type}, else the class named like the writer schema), otherwise the writer schema
 * itself, which yields GenericRecords.
 *
 * <p>Generated classes are read with their own {@code SpecificData} (the class's {@code MODEL$}) when Avro's global
 * {@link ClassSecurityValidator} already trusts every class their schema names, as it does once a service called
 * {@code TrustedAvroPackages.trust()}. Only that model, exactly {@code SpecificData} and no subclass, gets Avro's fast
 * reader ({@code FastReaderBuilder}), which reads about twice as fast. Otherwise they are read with
 * {@link GeneratedClassData}, which needs no such trust. The choice is made once per class (per reader schema), when
 * the deserializer first reads into it: trust Avro's packages at start-up, before the first record.
 */
final class ReaderSchemas {

    /** The reader schema and the data model that builds values for it. */
    record Reading(Schema schema, GenericData model) {}

    private static final int CACHE_CAPACITY = 1000;

    private final boolean specific;
    private final GenericData genericModel;
    private final ClassLoader classLoader;
    private final Reading configuredType;
    private final BoundedLruCache<Schema, Reading> specificByWriter = new BoundedLruCache<>(CACHE_CAPACITY);
    private final BoundedLruCache<IdentityKey, Reading> specificByExplicitReader =
            new BoundedLruCache<>(CACHE_CAPACITY);
    private final Map<Class<?>, Reading> byClass = new ConcurrentHashMap<>();

    ReaderSchemas(boolean specific, Class<?> specificType, GenericData genericModel) {
        this.specific = specific;
        this.genericModel = genericModel;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.classLoader = context != null ? context : ReaderSchemas.class.getClassLoader();
        this.configuredType = specific && specificType != null ? readingOf(specificType) : null;
    }

    Reading forWriter(Schema writer, Schema explicitReader) {
        if (explicitReader != null) {
            return specific && isNamed(explicitReader)
                    ? specificReadingOf(explicitReader)
                    : new Reading(explicitReader, genericModel);
        }
        if (!specific || !isNamed(writer)) {
            return new Reading(writer, genericModel);
        }
        if (configuredType != null) {
            return configuredType;
        }
        Reading reading = specificByWriter.get(writer);
        if (reading == null) {
            reading = readingOf(classNamedAfter(writer));
            specificByWriter.put(writer, reading);
        }
        return reading;
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }

    private Class<?> classNamedAfter(Schema schema) {
        try {
            Class<?> type = Class.forName(SpecificData.getClassName(schema), false, classLoader);
            if (GeneratedClassData.isAvroDataClass(type)
                    || ClassSecurityValidator.getGlobal().isTrusted(type)) {
                return type;
            }
        } catch (ClassNotFoundException | LinkageError notThere) {
            // reported below
        }
        throw new SerializationException("Could not find class " + schema.getFullName()
                + " specified in writer's schema whilst finding reader's schema for a SpecificRecord.");
    }

    /** Reading into a generated class with its own schema. */
    private Reading readingOf(Class<?> type) {
        return byClass.computeIfAbsent(type, t -> {
            Schema schema = SpecificData.getForClass(t).getSchema(t);
            return new Reading(schema, modelFor(t, schema));
        });
    }

    /** Reading into the class an explicit reader schema names, with that schema, e.g. an older version of the class's. */
    private Reading specificReadingOf(Schema explicitReader) {
        IdentityKey key = new IdentityKey(explicitReader, null, null);
        Reading reading = specificByExplicitReader.get(key);
        if (reading == null) {
            reading = new Reading(explicitReader, modelFor(classNamedAfter(explicitReader), explicitReader));
            specificByExplicitReader.put(key, reading);
        }
        return reading;
    }

    /** The generated class's own model when Avro may load every class the reader schema names, else our own. */
    private SpecificData modelFor(Class<?> type, Schema readerSchema) {
        if (ClassSecurityValidator.getGlobal().isTrusted(type) && avroTrustsEveryClassNamedIn(readerSchema)) {
            // Exactly SpecificData, with the conversions the generated code registered: Avro's fast reader takes it.
            return SpecificData.getForClass(type);
        }
        return new GeneratedClassData(type, classLoader);
    }

    /**
     * Whether every record, enum and fixed in the schema names a class that loads and that Avro's global validator
     * trusts. SpecificData refuses (throws) on the first untrusted class, where GeneratedClassData would accept a
     * generated one, so a single untrusted nested class keeps the whole schema on GeneratedClassData.
     */
    private boolean avroTrustsEveryClassNamedIn(Schema schema) {
        return trustsEveryClassNamedIn(schema, new HashSet<>());
    }

    private boolean trustsEveryClassNamedIn(Schema schema, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD:
                if (!seen.add(schema.getFullName())) {
                    return true; // recursive reference, already being checked
                }
                for (Schema.Field field : schema.getFields()) {
                    if (!trustsEveryClassNamedIn(field.schema(), seen)) {
                        return false;
                    }
                }
                return isTrustedClass(schema);
            case ENUM:
            case FIXED:
                return !seen.add(schema.getFullName()) || isTrustedClass(schema);
            case ARRAY:
                return trustsEveryClassNamedIn(schema.getElementType(), seen);
            case MAP:
                return trustsEveryClassNamedIn(schema.getValueType(), seen);
            case UNION:
                for (Schema branch : schema.getTypes()) {
                    if (!trustsEveryClassNamedIn(branch, seen)) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    private boolean isTrustedClass(Schema named) {
        try {
            Class<?> type = Class.forName(SpecificData.getClassName(named), false, classLoader);
            return ClassSecurityValidator.getGlobal().isTrusted(type);
        } catch (ClassNotFoundException | LinkageError notThere) {
            return false;
        }
    }
}
