package edu.lifecycle.registry.serde;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * The SpecificData a deserializer reads generated classes with.
 *
 * <p>Avro 1.12.2 refuses to load any class named in a schema unless it is trusted through
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} or {@link ClassSecurityValidator} (AVRO-4189), which breaks every
 * {@code specific.avro.reader} consumer. The check exists so a schema cannot make the reader instantiate arbitrary
 * classes. This model keeps that protection but trusts what a specific reader is for: Avro data classes (SpecificRecord
 * implementations, enums, SpecificFixed subclasses). Other classes still need Avro's global trust. Classes are loaded
 * without initialisation until they pass the check.
 *
 * <p>Being a subclass of SpecificData, it never gets Avro's fast reader; {@link ReaderSchemas} uses it only for classes
 * Avro does not trust by itself.
 */
final class GeneratedClassData extends SpecificData {

    private final ClassLoader classLoader;
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

    /** A model for reading into {@code readerClass}, with the logical-type conversions its generated code uses. */
    GeneratedClassData(Class<?> readerClass, ClassLoader classLoader) {
        super(classLoader);
        this.classLoader = classLoader;
        SpecificData.getForClass(readerClass).getConversions().forEach(this::addLogicalTypeConversion);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getClass(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> loaded(schema).orElse(null);
            default -> super.getClass(schema);
        };
    }

    private Optional<Class<?>> loaded(Schema schema) {
        // Called per record and per enum value: look up first, so a hit does not allocate computeIfAbsent's lambda.
        Optional<Class<?>> known = classes.get(schema.getFullName());
        return known != null ? known : classes.computeIfAbsent(schema.getFullName(), name -> load(schema));
    }

    private Optional<Class<?>> load(Schema schema) {
        try {
            Class<?> type = Class.forName(getClassName(schema), false, classLoader);
            return isAvroDataClass(type) || ClassSecurityValidator.getGlobal().isTrusted(type)
                    ? Optional.of(type)
                    : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    static boolean isAvroDataClass(Class<?> type) {
        return SpecificRecord.class.isAssignableFrom(type)
                || SpecificFixed.class.isAssignableFrom(type)
                || type.isEnum();
    }
}
