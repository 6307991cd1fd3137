package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.BoundedLruCache;
import java.util.Map;
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
                    ? new Reading(
                            explicitReader,
                            readingOf(classNamedAfter(explicitReader)).model())
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

    private Reading readingOf(Class<?> type) {
        return byClass.computeIfAbsent(type, t -> {
            GeneratedClassData model = new GeneratedClassData(t, classLoader);
            return new Reading(model.getSchema(t), model);
        });
    }
}
