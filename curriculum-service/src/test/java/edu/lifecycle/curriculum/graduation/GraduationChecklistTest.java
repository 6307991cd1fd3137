package edu.lifecycle.curriculum.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GraduationChecklistTest {

    private static final Instant AT = Instant.parse("2027-06-01T10:00:00Z");

    private final GraduationChecklist opened = GraduationChecklist.of("stu-1").opened("M2-ISD", "2026-2027", 5);

    @Test
    void theEctsConditionHoldsFromTheEventThatReachedTheRequiredTotal() {
        var checklist = opened.courseGraded("CC-01", 2, "CourseGradeRecorded", "e-1", AT)
                .courseGraded("ISD-01", 3, "CourseGradeRecorded", "e-2", AT.plusSeconds(60));

        assertThat(checklist.ectsEarned()).isEqualTo(5);
        assertThat(checklist.ects()).isEqualTo(new Condition(true, "CourseGradeRecorded", "e-2", AT.plusSeconds(60)));
    }

    @Test
    void aResitReplacesTheCoursesEctsInsteadOfAddingToThem() {
        var checklist = opened.courseGraded("CC-01", 0, "CourseGradeRecorded", "e-1", AT)
                .courseGraded("CC-01", 2, "CourseGradeRecorded", "e-2", AT);

        assertThat(checklist.ectsEarned()).isEqualTo(2);
    }

    @Test
    void theFirstReportOfAFactIsTheOneShownAndAReportReadTwiceChangesNothing() {
        var once = opened.tuitionSettled("TuitionSettled", "b-1", AT);
        var again = once.tuitionSettled("TuitionSettled", "b-1", AT);
        var later = once.tuitionSettled("TuitionSettled", "b-2", AT.plusSeconds(60));

        assertThat(again).isEqualTo(once);
        assertThat(later.tuition().eventId()).isEqualTo("b-1");
    }

    @Test
    void aFailedDefenseDoesNotMakeTheDissertationConditionHold() {
        var failed = opened.dissertationDefended(false, 0, "DissertationDefended", "d-1", AT);
        var passed = failed.dissertationDefended(true, 10, "DissertationDefended", "d-2", AT);

        assertThat(failed.dissertation().holds()).isFalse();
        assertThat(passed.dissertation().eventId()).isEqualTo("d-2");
    }

    @Test
    void theChecklistIsCompleteOnlyWithAllFourConditions() {
        var three = opened.courseGraded("CC-01", 5, "CourseGradeRecorded", "e-1", AT)
                .dissertationDefended(true, 10, "DissertationDefended", "d-1", AT)
                .experienceMet("ExperienceRequirementMet", "p-1", AT);

        assertThat(three.complete()).isFalse();
        assertThat(three.tuitionSettled("TuitionSettled", "b-1", AT).complete()).isTrue();
    }
}
