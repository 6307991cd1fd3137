package edu.lifecycle.curriculum.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GraduationChecklistTest {

    private static final Instant AT = Instant.parse("2027-06-01T10:00:00Z");

    private final GraduationChecklist opened =
            GraduationChecklist.of("stu-1").opened(new Enrolment("M2-ISD", "2026-2027", 5));

    @Test
    void theEctsConditionHoldsFromTheEventThatReachedTheRequiredTotal() {
        var checklist = opened.courseGraded("CC-01", 2, new Evidence("CourseGradeRecorded", "e-1", AT))
                .courseGraded("ISD-01", 3, new Evidence("CourseGradeRecorded", "e-2", AT.plusSeconds(60)));

        assertThat(checklist.credits().earned()).isEqualTo(5);
        assertThat(checklist.conditions().ects())
                .isEqualTo(new Condition(true, "CourseGradeRecorded", "e-2", AT.plusSeconds(60)));
    }

    @Test
    void aResitReplacesTheCoursesEctsInsteadOfAddingToThem() {
        var checklist = opened.courseGraded("CC-01", 0, new Evidence("CourseGradeRecorded", "e-1", AT))
                .courseGraded("CC-01", 2, new Evidence("CourseGradeRecorded", "e-2", AT));

        assertThat(checklist.credits().earned()).isEqualTo(2);
    }

    @Test
    void theFirstReportOfAFactIsTheOneShownAndAReportReadTwiceChangesNothing() {
        var once = opened.tuitionSettled(new Evidence("TuitionSettled", "b-1", AT));
        var again = once.tuitionSettled(new Evidence("TuitionSettled", "b-1", AT));
        var later = once.tuitionSettled(new Evidence("TuitionSettled", "b-2", AT.plusSeconds(60)));

        assertThat(again).isEqualTo(once);
        assertThat(later.conditions().tuition().eventId()).isEqualTo("b-1");
    }

    @Test
    void aFailedDefenseDoesNotMakeTheDissertationConditionHold() {
        var failed = opened.dissertationDefended(false, 0, new Evidence("DissertationDefended", "d-1", AT));
        var passed = failed.dissertationDefended(true, 10, new Evidence("DissertationDefended", "d-2", AT));

        assertThat(failed.conditions().dissertation().holds()).isFalse();
        assertThat(passed.conditions().dissertation().eventId()).isEqualTo("d-2");
    }

    @Test
    void theChecklistIsCompleteOnlyWithAllFourConditions() {
        var three = opened.courseGraded("CC-01", 5, new Evidence("CourseGradeRecorded", "e-1", AT))
                .dissertationDefended(true, 10, new Evidence("DissertationDefended", "d-1", AT))
                .experienceMet(new Evidence("ExperienceRequirementMet", "p-1", AT));

        assertThat(three.complete()).isFalse();
        assertThat(three.tuitionSettled(new Evidence("TuitionSettled", "b-1", AT))
                        .complete())
                .isTrue();
    }
}
