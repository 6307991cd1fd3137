package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** A work-study contract signed in placement moves the student's tuition to the employer. */
public final class WorkStudyPolicy implements PolicyTranslator<SpecificRecord> {

    public static final String NAME = "work-study-contracts";

    @Override
    public Optional<PolicyCommand> translate(String key, SpecificRecord event) {
        if (event instanceof WorkStudyContractSigned contract) {
            return Optional.of(PolicyCommand.of(
                    AccountCommandFormat.CODEC,
                    contract.getEventId(),
                    meta -> new AccountCommand.SwitchPayerToEmployer(
                            meta.commandId(),
                            contract.getStudentId(),
                            meta.issuedAt(),
                            contract.getContractId(),
                            contract.getEmployer())));
        }
        return Optional.empty();
    }
}
