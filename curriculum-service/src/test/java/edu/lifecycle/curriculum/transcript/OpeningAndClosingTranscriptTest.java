package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.Transcripts.DECIDER;
import static edu.lifecycle.curriculum.transcript.Transcripts.NOW;
import static edu.lifecycle.curriculum.transcript.Transcripts.STUDENT;
import static edu.lifecycle.curriculum.transcript.Transcripts.accepted;
import static edu.lifecycle.curriculum.transcript.Transcripts.refusingRule;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.programme.CourseKind;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.TranscriptClosed;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.TranscriptOpened;
import org.junit.jupiter.api.Test;

class OpeningAndClosingTranscriptTest {

    @Test
    void anEnrollmentOpensATranscriptWithTheProgrammesCourses() {
        var events = accepted(DECIDER.decide(Transcripts.none(), Transcripts.open()));

        assertThat(events).singleElement().isInstanceOf(TranscriptOpened.class);
        var opened = (TranscriptOpened) events.get(0);
        assertThat(opened.courses()).hasSize(19);
        assertThat(opened.courses().stream().filter(c -> c.kind() == CourseKind.COMMON_CORE))
                .hasSize(7)
                .allMatch(c -> c.ects() == 2);
        assertThat(opened.courses().stream().filter(c -> c.kind() == CourseKind.SPECIALTY))
                .hasSize(12)
                .allMatch(c -> c.ects() == 3);
        assertThat(opened.dissertationEcts()).isEqualTo(10);
        assertThat(opened.requiredEcts()).isEqualTo(60);
    }

    @Test
    void anEnrollmentInAProgrammeTheCurriculumDoesNotKnowIsRefused() {
        var command = new TranscriptCommand.OpenTranscript("c-1", STUDENT, NOW, "M2-XYZ", "2026-2027");

        assertThat(refusingRule(DECIDER.decide(Transcripts.none(), command))).isEqualTo("programme-unknown");
    }

    @Test
    void aStudentHasOneTranscript() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), Transcripts.open())))
                .isEqualTo("transcript-already-open");
    }

    @Test
    void factsThatArrivedBeforeTheEnrollmentAreKeptWhenTheTranscriptOpens() {
        var early = Transcripts.apply(Transcripts.none(), Transcripts.experienceMet());
        assertThat(early.orElseThrow().status()).isEqualTo(TranscriptStatus.AWAITING_ENROLLMENT);

        var opened = Transcripts.apply(early, Transcripts.open()).orElseThrow();

        assertThat(opened.status()).isEqualTo(TranscriptStatus.OPEN);
        assertThat(opened.experience()).isPresent();
    }

    @Test
    void aWithdrawalClosesTheTranscript() {
        var events = accepted(DECIDER.decide(
                Transcripts.opened(), new TranscriptCommand.CloseTranscript("c-2", STUDENT, NOW, "moved abroad")));

        assertThat(events).singleElement().isInstanceOf(TranscriptClosed.class);
        assertThat(Transcripts.withdrawn().orElseThrow().status()).isEqualTo(TranscriptStatus.CLOSED);
    }

    @Test
    void aWithdrawalWithoutTranscriptIsNotFound() {
        var command = new TranscriptCommand.CloseTranscript("c-3", STUDENT, NOW, "changed plans");

        assertThat(refusingRule(DECIDER.decide(Transcripts.none(), command))).isEqualTo("transcript-not-found");
    }

    @Test
    void aClosedTranscriptCannotCloseAgain() {
        var command = new TranscriptCommand.CloseTranscript("c-4", STUDENT, NOW, "again");

        assertThat(refusingRule(DECIDER.decide(Transcripts.withdrawn(), command)))
                .isEqualTo("transcript-closed");
    }
}
