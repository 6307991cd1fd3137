package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventContextTest {

    private static final String BILLING = "billing.commands/account";
    private static final String CURRICULUM = "curriculum.commands/transcript";

    @Test
    void aReprocessedCommandGivesItsEventsTheSameIds() {
        assertThat(new EventContext(BILLING, "stu-1", "cmd-7", 0).eventId())
                .isEqualTo(new EventContext(BILLING, "stu-1", "cmd-7", 0).eventId());
    }

    @Test
    void eachEventOfACommandAndEachCommandGetsItsOwnId() {
        var first = new EventContext(BILLING, "stu-1", "cmd-7", 0).eventId();

        assertThat(new EventContext(BILLING, "stu-1", "cmd-7", 1).eventId()).isNotEqualTo(first);
        assertThat(new EventContext(BILLING, "stu-1", "cmd-8", 0).eventId()).isNotEqualTo(first);
    }

    @Test
    void theSameCommandIdInTwoServicesGivesTwoEventIds() {
        // each service turns one StudentEnrolled into a command with the same policy id
        String policyCommand = "policy:enrollments:9b1c";

        assertThat(new EventContext(BILLING, "stu-1", policyCommand, 0).eventId())
                .isNotEqualTo(new EventContext(CURRICULUM, "stu-1", policyCommand, 0).eventId());
    }

    @Test
    void theSameIdempotencyKeyForTwoStudentsGivesTwoEventIds() {
        assertThat(new EventContext(BILLING, "stu-1", "client-key-1", 0).eventId())
                .isNotEqualTo(new EventContext(BILLING, "stu-2", "client-key-1", 0).eventId());
    }

    @Test
    void followUpCommandsAreNamedByPurposeAndCause() {
        var context = new EventContext(BILLING, "stu-1", "cmd-7", 2);

        assertThat(context.followUpCommandId("place-applicant")).isEqualTo("place-applicant:" + context.eventId());
        assertThat(context.followUpCommandId("release-seat"))
                .isNotEqualTo(context.followUpCommandId("place-applicant"));
    }
}
