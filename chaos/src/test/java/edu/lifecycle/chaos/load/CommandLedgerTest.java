package edu.lifecycle.chaos.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The refusals a run reports: each names the step, the student, the status and the rule, however it was answered. */
class CommandLedgerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommandLedger ledger = new CommandLedger();

    @Test
    void aRefusalAnsweredAtOnceAndOneFollowedFromA202AreBothNamedByTheirRule() {
        ledger.record(sent("r18-1", "submit-application", new Answer(201, null, 1)));
        ledger.record(sent(
                "r18-2",
                "enroll",
                new Answer(
                        409,
                        JSON.readTree("{\"status\":409,\"rule\":\"enrollment-requires-admission\","
                                + "\"detail\":\"Only an admitted applicant can enroll.\"}"),
                        1)));
        ledger.record(sent(
                "r18-3",
                "pay",
                new Answer(
                        409,
                        JSON.readTree("{\"status\":\"REJECTED\",\"rejection\":{\"rule\":\"payment-reference-used\","
                                + "\"kind\":\"CONFLICT\",\"detail\":\"Used.\"}}"),
                        3)));
        ledger.record(sent("r18-4", "enroll", Answer.indeterminate(40)));

        assertThat(ledger.refusals())
                .containsExactly(
                        "enroll of r18-2: 409 enrollment-requires-admission (Only an admitted applicant can enroll.)",
                        "pay of r18-3: 409 payment-reference-used (Used.)");
    }

    @Test
    void aRefusalWithoutABodyStillSaysWhichStepAndStatus() {
        ledger.record(sent("r18-5", "grade-exam", new Answer(403, null, 1)));

        assertThat(ledger.refusals()).containsExactly("grade-exam of r18-5: 403");
    }

    private static SentCommand sent(String student, String name, Answer answer) {
        return new SentCommand(student, name, "Event", "chaos-" + student + "-" + name, null, answer);
    }
}
