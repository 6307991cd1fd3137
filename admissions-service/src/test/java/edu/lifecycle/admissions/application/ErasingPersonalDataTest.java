package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertAcceptedWithoutEvents;
import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.erase;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataErased;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErasingPersonalDataTest {

    @Test
    void erasingDropsNameAndEmailButKeepsTheLifecycle() {
        var enrolled = Applicants.enrolled();

        var events = eventsOf(DECIDER.decide(Optional.of(enrolled), erase()));
        var erased = DECIDER.evolveAll(Optional.of(enrolled), events).orElseThrow();

        assertThat(events).containsExactly(new PersonalDataErased(STUDENT, day(90)));
        assertThat(erased.applicant()).isEmpty();
        assertThat(erased.personalDataErased()).isTrue();
        assertThat(erased.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(erased.submission()).isEqualTo(enrolled.submission());
        assertThat(erased.selection()).isEqualTo(enrolled.selection());
        assertThat(erased.registration()).isEqualTo(enrolled.registration());
    }

    @Test
    void erasingTwiceIsAcceptedWithoutANewEvent() {
        var erased = applying(Optional.of(Applicants.enrolled()), erase());

        assertAcceptedWithoutEvents(DECIDER.decide(Optional.of(erased), erase()));
    }

    @Test
    void aWithdrawnApplicantMayStillBeErased() {
        var decision = DECIDER.decide(Optional.of(Applicants.withdrawn()), erase());

        assertThat(eventsOf(decision)).hasSize(1);
    }

    @Test
    void anErasedApplicantsFileGoesOn() {
        var erased = applying(Optional.of(Applicants.admitted()), erase());

        var enrolled = applying(Optional.of(erased), Applicants.enroll(StudyStream.RESEARCH, TrainingScheme.INITIAL));

        assertThat(enrolled.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(enrolled.applicant()).isEmpty();
    }

    @Test
    void refusesErasureForAStudentWhoNeverApplied() {
        assertRefused(DECIDER.decide(Optional.empty(), erase()), "application-not-found", RejectionKind.NOT_FOUND);
    }
}
