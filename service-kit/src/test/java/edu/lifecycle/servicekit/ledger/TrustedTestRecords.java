package edu.lifecycle.servicekit.ledger;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/** Lets Avro 1.12 instantiate the test's generated records, keeping its other rules. */
public final class TrustedTestRecords {

    private static final String PACKAGE = "edu.lifecycle.servicekit.ledger.bank";

    private TrustedTestRecords() {}

    public static synchronized void trust() {
        ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (!(current instanceof AlsoTrusting)) {
            ClassSecurityValidator.setGlobal(new AlsoTrusting(current));
        }
    }

    private record AlsoTrusting(ClassSecurityPredicate previous) implements ClassSecurityPredicate {

        @Override
        public boolean isTrusted(Class<?> type) {
            return type.getPackageName().equals(PACKAGE) || previous.isTrusted(type);
        }

        @Override
        public void forbiddenClass(String className) {
            previous.forbiddenClass(className);
        }
    }
}
