package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventContextTest {

    @Test
    void aReprocessedCommandGivesItsEventsTheSameIds() {
        assertThat(new EventContext("stu-1", "cmd-7", 0).eventId())
                .isEqualTo(new EventContext("stu-1", "cmd-7", 0).eventId());
    }

    @Test
    void eachEventOfACommandAndEachCommandGetsItsOwnId() {
        var first = new EventContext("stu-1", "cmd-7", 0).eventId();

        assertThat(new EventContext("stu-1", "cmd-7", 1).eventId()).isNotEqualTo(first);
        assertThat(new EventContext("stu-1", "cmd-8", 0).eventId()).isNotEqualTo(first);
    }

    @Test
    void followUpCommandsAreNamedByPurposeAndCause() {
        var context = new EventContext("stu-1", "cmd-7", 2);

        assertThat(context.followUpCommandId("place-applicant")).isEqualTo("place-applicant:" + context.eventId());
        assertThat(context.followUpCommandId("release-seat"))
                .isNotEqualTo(context.followUpCommandId("place-applicant"));
    }
}
