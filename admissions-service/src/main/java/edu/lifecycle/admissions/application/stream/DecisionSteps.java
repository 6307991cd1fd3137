package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.servicekit.command.EarlierSteps;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The status URL of an admission's final decision, which a decision request answers with while the intake is still
 * deciding, tells of a refused request or placement: that decision will never be taken.
 */
@Component
class DecisionSteps implements EarlierSteps {

    @Override
    public List<String> before(String commandId) {
        return AdmissionDecisionCommandIds.stepsBefore(commandId);
    }
}
