package edu.lifecycle.curriculum.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DegreeConditionsTest {

    @Test
    void theEctsConditionHoldsFromTheRequiredTotalOnButNeverBeforeTheProgrammeYearIsKnown() {
        assertThat(DegreeConditions.enoughEcts(59, 60)).isFalse();
        assertThat(DegreeConditions.enoughEcts(60, 60)).isTrue();
        assertThat(DegreeConditions.enoughEcts(0, 0)).isFalse();
    }

    @Test
    void namesWhatIsMissingInTheOrderOfTheDegreeRule() {
        var conditions = new DegreeConditions(false, true, false, true);

        assertThat(conditions.missing()).containsExactly(DegreeCondition.ECTS, DegreeCondition.EXPERIENCE);
        assertThat(conditions.missing().stream().map(DegreeCondition::ruleName)).containsExactly("ects", "experience");
        assertThat(conditions.allHold()).isFalse();
    }

    @Test
    void theDegreeIsDueOnlyWhenAllFourHold() {
        assertThat(new DegreeConditions(true, true, true, true).allHold()).isTrue();
        assertThat(new DegreeConditions(true, true, true, false).missing()).containsExactly(DegreeCondition.TUITION);
    }
}
