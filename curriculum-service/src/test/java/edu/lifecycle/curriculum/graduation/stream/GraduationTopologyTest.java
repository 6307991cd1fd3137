package edu.lifecycle.curriculum.graduation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.stream.TranscriptsTopology;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraduationTopologyTest {

    private static final String STUDENT = "stu-1";

    private final CurriculumDriver curriculum = new CurriculumDriver(topics -> List.of(
            new TranscriptsTopology(topics, Programmes.catalog(), GradingScheme.french()),
            new GraduationTopology(topics)));

    @AfterEach
    void close() {
        curriculum.close();
    }

    @Test
    void theChecklistShowsEachConditionWithTheEventThatEstablishedIt() {
        var settled = Events.tuitionSettled(STUDENT);
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        curriculum.billing(settled);

        var checklist = checklist();

        assertThat(checklist.requiredEcts()).isEqualTo(60);
        assertThat(checklist.conditions().tuition().holds()).isTrue();
        assertThat(checklist.conditions().tuition().event()).isEqualTo("TuitionSettled");
        assertThat(checklist.conditions().tuition().eventId()).isEqualTo(settled.getEventId());
        assertThat(checklist.conditions().tuition().at()).isEqualTo(settled.getOccurredAt());
        assertThat(checklist.conditions().experience().holds()).isFalse();
        assertThat(checklist.conditions().ects().holds()).isFalse();
        assertThat(checklist.conditions().dissertation().holds()).isFalse();
        assertThat(checklist.complete()).isFalse();
    }

    @Test
    void theEctsConditionHoldsFromTheEventThatBroughtTheSixtiethEcts() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        curriculum.placement(Events.experienceRequirementMet(STUDENT));
        curriculum.billing(Events.tuitionSettled(STUDENT));
        for (String course : Programmes.allCourses()) {
            grade(course);
        }
        assertThat(checklist().credits().earned()).isEqualTo(50);
        assertThat(checklist().conditions().ects().holds()).isFalse();

        curriculum.send(meta -> new TranscriptCommand.SubmitDissertation(
                meta.commandId(), STUDENT, meta.issuedAt(), "Drones and deterrence", "Prof. Dubois"));
        curriculum.send(meta -> new TranscriptCommand.ScheduleDefense(
                meta.commandId(),
                STUDENT,
                meta.issuedAt(),
                CurriculumDriver.START.plusSeconds(86_400),
                "Amphi A",
                List.of("Prof. Dubois", "Dr Roy")));
        curriculum.sendAt(
                CurriculumDriver.AFTER_DEFENSES,
                meta -> new TranscriptCommand.RecordDefenseResult(
                        meta.commandId(), STUDENT, meta.issuedAt(), new BigDecimal("12")));

        var checklist = checklist();
        assertThat(checklist.credits().earned()).isEqualTo(60);
        assertThat(checklist.conditions().ects().event()).isEqualTo("DissertationDefended");
        assertThat(checklist.conditions().dissertation().event()).isEqualTo("DissertationDefended");
        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.degree().mention()).isEqualTo("ASSEZ_BIEN");
    }

    private void grade(String course) {
        curriculum.send(meta -> new TranscriptCommand.RecordGrade(
                meta.commandId(), STUDENT, meta.issuedAt(), course, new BigDecimal("12"), ExamSession.FIRST));
    }

    private GraduationChecklist checklist() {
        return curriculum
                .<GraduationChecklist>store(GraduationTopology.CHECKLISTS_STORE)
                .get(STUDENT);
    }
}
