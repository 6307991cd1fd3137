package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.TrainingScheme;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * Admissions' enrollments open a tuition account; its withdrawals cancel the instalments not yet due. Every other
 * admissions event does not concern billing.
 */
public final class EnrollmentPolicy implements PolicyTranslator<SpecificRecord> {

    public static final String NAME = "enrollments";

    @Override
    public Optional<PolicyCommand> translate(String key, SpecificRecord event) {
        if (event instanceof StudentEnrolled enrolled) {
            return Optional.of(PolicyCommand.of(
                    AccountCommandFormat.CODEC,
                    enrolled.getEventId(),
                    meta -> new AccountCommand.OpenAccount(
                            meta.commandId(),
                            enrolled.getStudentId(),
                            meta.issuedAt(),
                            enrolled.getProgramme(),
                            enrolled.getAcademicYear(),
                            TrainingScheme.valueOf(enrolled.getScheme().name()),
                            enrolled.getRegisteredOn())));
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            return Optional.of(PolicyCommand.of(
                    AccountCommandFormat.CODEC,
                    withdrawn.getEventId(),
                    meta -> new AccountCommand.CancelFutureInstalments(
                            meta.commandId(), withdrawn.getStudentId(), meta.issuedAt(), withdrawn.getOccurredAt())));
        }
        return Optional.empty();
    }
}
