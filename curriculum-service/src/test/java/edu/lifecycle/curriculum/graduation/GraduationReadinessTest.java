package edu.lifecycle.curriculum.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraduationReadinessTest {

    private static final Instant AT = Instant.parse("2027-06-30T10:00:00Z");
    private static final Condition HELD = new Condition(true, "SomeEvent", "e-1", AT);
    private static final Condition PENDING = new Condition(false, null, null, null);

    private static GraduationChecklist checklist(
            Condition ects, Condition dissertation, Condition experience, Condition tuition, Instant awardedAt) {
        return new GraduationChecklist(
                "s00007",
                new Enrolment("M2-ISD", "2026-2027", 60),
                new Credits(Map.of("ISD-101", 6, "ISD-102", 48)),
                Conditions.pending()
                        .withEcts(ects)
                        .withDissertation(dissertation)
                        .withExperience(experience)
                        .withTuition(tuition),
                awardedAt != null,
                awardedAt != null ? new AwardedDegree("GOOD", new BigDecimal("14.20"), awardedAt) : null);
    }

    @Test
    void namesTheMissingConditionsInTheOrderOfTheDegreeRule() {
        var readiness = GraduationReadiness.of(checklist(PENDING, HELD, PENDING, HELD, null));

        assertThat(readiness.missing()).containsExactly("ects", "experience");
        assertThat(readiness.ects()).isFalse();
        assertThat(readiness.dissertation()).isTrue();
        assertThat(readiness.experience()).isFalse();
        assertThat(readiness.tuition()).isTrue();
        assertThat(readiness.ectsEarned()).isEqualTo(54);
        assertThat(readiness.requiredEcts()).isEqualTo(60);
        assertThat(readiness.degreeAwarded()).isFalse();
    }

    @Test
    void aGraduateMissesNothing() {
        var readiness = GraduationReadiness.of(checklist(HELD, HELD, HELD, HELD, AT));

        assertThat(readiness.missing()).isEmpty();
        assertThat(readiness.degreeAwarded()).isTrue();
    }
}
