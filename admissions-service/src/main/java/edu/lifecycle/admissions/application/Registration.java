package edu.lifecycle.admissions.application;

import java.util.Objects;
import java.util.Optional;

/**
 * The student's registration and how the file ended: the enrollment, and a withdrawal (which may also end a file that
 * never enrolled). Both are empty until they happen; a withdrawal keeps the enrollment as a fact.
 */
public record Registration(Optional<Enrollment> enrollment, Optional<Withdrawal> withdrawal) {

    /** Neither enrolled nor withdrawn. */
    public static final Registration NONE = new Registration(Optional.empty(), Optional.empty());

    public Registration {
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    Registration withEnrollment(Enrollment registration) {
        return new Registration(Optional.of(registration), withdrawal);
    }

    Registration withWithdrawal(Withdrawal leaving) {
        return new Registration(enrollment, Optional.of(leaving));
    }
}
