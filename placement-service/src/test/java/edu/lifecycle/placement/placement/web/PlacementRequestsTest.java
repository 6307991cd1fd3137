package edu.lifecycle.placement.placement.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 400s of the placement commands' bodies that need no clock: each names the field at fault. */
class PlacementRequestsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "-0.5", "20.01", "99999999"})
    void anEvaluationThatIsNotAMarkOutOfTwentyWithTwoDecimalsNamesTheField(String mark) {
        var violations = VALIDATOR.validate(new PlacementRequests.Validate(new BigDecimal(mark)));

        assertThat(violations)
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getPropertyPath().toString()).isEqualTo("evaluationMark"));
    }

    @Test
    void anEvaluationWrittenWithTrailingZerosIsStillAMark() {
        assertThat(VALIDATOR.validate(new PlacementRequests.Validate(new BigDecimal("15.5000"))))
                .isEmpty();
    }
}
