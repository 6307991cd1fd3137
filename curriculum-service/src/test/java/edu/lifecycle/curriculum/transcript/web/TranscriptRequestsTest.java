package edu.lifecycle.curriculum.transcript.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.transcript.ExamSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 400s of the transcript commands' bodies: each names the field at fault. */
class TranscriptRequestsTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "20.001", "-1", "21", "99999999", "1E+2"})
    void aMarkThatIsNotOutOfTwentyWithTwoDecimalsIsRefusedNamingMark(String mark) {
        var grade = new TranscriptRequests.RecordGrade("CC-01", new BigDecimal(mark), ExamSession.FIRST);
        var defense = new TranscriptRequests.RecordDefenseResult(new BigDecimal(mark));

        assertThat(fields(VALIDATOR.validate(grade))).containsExactly("mark");
        assertThat(fields(VALIDATOR.validate(defense))).containsExactly("mark");
    }

    @Test
    void marksFromZeroToTwentyWithUpToTwoDecimalsPass() {
        for (String mark : new String[] {"0", "9.99", "12.50", "12.5000", "20", "20.00", "2E+1"}) {
            var grade = new TranscriptRequests.RecordGrade("CC-01", new BigDecimal(mark), ExamSession.FIRST);
            assertThat(VALIDATOR.validate(grade)).as(mark).isEmpty();
        }
    }

    private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(java.util.stream.Collectors.toSet());
    }
}
