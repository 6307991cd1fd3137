package edu.lifecycle.billing.account.stream;

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
            var payload = new AccountPayloads.OpenAccount(
                    enrolled.getProgramme(),
                    enrolled.getAcademicYear(),
                    TrainingScheme.valueOf(enrolled.getScheme().name()),
                    enrolled.getRegisteredOn());
            return Optional.of(PolicyCommand.of(
                    enrolled.getStudentId(), AccountCommandTypes.OPEN_ACCOUNT, payload, enrolled.getEventId()));
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            var payload = new AccountPayloads.CancelFutureInstalments(withdrawn.getOccurredAt(), withdrawn.getReason());
            return Optional.of(PolicyCommand.of(
                    withdrawn.getStudentId(),
                    AccountCommandTypes.CANCEL_FUTURE_INSTALMENTS,
                    payload,
                    withdrawn.getEventId()));
        }
        return Optional.empty();
    }
}
