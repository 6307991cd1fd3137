package edu.lifecycle.schemas;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro instantiate the classes generated from this module's schemas.
 *
 * <p>Avro 1.12 loads a class named by a schema only if the global {@link ClassSecurityValidator} trusts it, and by
 * default it trusts only a few {@code java.lang} and {@code java.math} types: without this, a {@code
 * SpecificDatumReader} (and so any deserializer asked for specific records) throws a {@link SecurityException} on the
 * first event. The system property {@code org.apache.avro.SERIALIZABLE_PACKAGES} would do the same, but Avro reads it
 * once, when its classes load, which makes it depend on start-up order; a call does not.
 */
public final class TrustedAvroPackages {

    /** Root package of every class generated from this module's schemas. */
    public static final String GENERATED_PACKAGE = "edu.lifecycle.events";

    private TrustedAvroPackages() {}

    /**
     * Adds the generated packages to what Avro already trusts, keeping every other rule in place. Safe to call more
     * than once; call it at start-up, before the first record is read, as Avro keeps the validator in a plain static
     * field.
     */
    public static synchronized void trust() {
        ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (!(current instanceof AlsoTrustingGeneratedClasses)) {
            ClassSecurityValidator.setGlobal(new AlsoTrustingGeneratedClasses(current));
        }
    }

    /**
     * The validator in place before, widened to the generated packages. Neither {@code ClassSecurityValidator.builder()}
     * (exact class names only) nor {@code composite(...)} (which drops the previous validator's way of refusing a
     * class) would keep the rest as it was.
     */
    private record AlsoTrustingGeneratedClasses(ClassSecurityPredicate previous) implements ClassSecurityPredicate {

        @Override
        public boolean isTrusted(Class<?> type) {
            String packageName = type.getPackageName();
            return packageName.equals(GENERATED_PACKAGE)
                    || packageName.startsWith(GENERATED_PACKAGE + ".")
                    || previous.isTrusted(type);
        }

        @Override
        public void forbiddenClass(String className) {
            previous.forbiddenClass(className);
        }
    }
}
