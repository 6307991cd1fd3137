package edu.lifecycle.placement.careers.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.Sector;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 400s of a graduate outcome's body: each names the field at fault. */
class RecordGraduateOutcomeTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 121, 99_999_999})
    void monthsAfterGraduationLieWithinTenYears(int months) {
        var outcome = new RecordGraduateOutcome(Sector.CONSULTING, "Avisa Partners", "Analyst", null, months);

        assertThat(VALIDATOR.validate(outcome))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getPropertyPath().toString()).isEqualTo("monthsAfterGraduation"));
    }
}
