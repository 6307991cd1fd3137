package edu.lifecycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CohortGeneratorTest {

    @Test
    void theSameSeedAndSizeGiveTheSameCohort() {
        assertThat(CohortGenerator.generate(7, 50)).isEqualTo(CohortGenerator.generate(7, 50));
        assertThat(CohortGenerator.generate(7, 50)).isNotEqualTo(CohortGenerator.generate(8, 50));
    }

    @Test
    void aDemoSizedCohortHasEveryKindOfStudent() {
        var cohort = CohortGenerator.generate(LauncherDefaults.SEED, 120);

        assertThat(cohort).hasSize(120).extracting(StudentPlan::studentId).doesNotHaveDuplicates();
        for (Predicate<StudentPlan> kind : java.util.List.<Predicate<StudentPlan>>of(
                plan -> !plan.eligible(),
                StudentPlan::overrideEligibility,
                StudentPlan::rejectedByJury,
                StudentPlan::apprentice,
                plan -> plan.stream().equals("RESEARCH"),
                plan -> plan.stream().equals("PROFESSIONAL"),
                StudentPlan::cashPlan,
                StudentPlan::paysLate,
                StudentPlan::stopsPaying,
                StudentPlan::switchesToWorkStudy,
                StudentPlan::shortInternship,
                StudentPlan::failsFirstDefense,
                StudentPlan::withdrawsMidYear,
                StudentPlan::withdrawsBeforeEnrollment)) {
            assertThat(cohort).anyMatch(kind);
        }
    }

    @Test
    void marksAreExactOutOfTwentyWithTwoDecimalsAndAResitHelps() {
        for (var plan : CohortGenerator.generate(3, 40)) {
            var first = CohortGenerator.mark(plan, "SP-LAW", 0);
            assertThat(first.scale()).isEqualTo(2);
            assertThat(first).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(20));
            assertThat(CohortGenerator.mark(plan, "SP-LAW", 0)).isEqualTo(first);
        }
        var weak = CohortGenerator.generate(3, 200).stream()
                .filter(plan -> plan.ability().compareTo(BigDecimal.valueOf(9)) < 0)
                .findFirst()
                .orElseThrow();
        var firstSessions = BigDecimal.ZERO;
        var resits = BigDecimal.ZERO;
        for (int course = 0; course < 30; course++) {
            firstSessions = firstSessions.add(CohortGenerator.mark(weak, "C" + course, 0));
            resits = resits.add(CohortGenerator.mark(weak, "C" + course, 1));
        }
        assertThat(resits).as("resits are marked higher on average").isGreaterThan(firstSessions);
    }

    /** The seed the launcher uses unless told otherwise. */
    private static final class LauncherDefaults {
        static final long SEED = 2026;
    }
}
