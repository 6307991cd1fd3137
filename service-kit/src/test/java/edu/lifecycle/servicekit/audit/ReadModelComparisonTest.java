package edu.lifecycle.servicekit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadModelComparisonTest {

    private record Balance(String studentId, BigDecimal due) {}

    @Test
    void namesEachKeyMissingOnEitherSideOrHoldingAnotherValueAndNothingElse() {
        var live = Map.<String, Object>of(
                "s1", new Balance("s1", new BigDecimal("100.00")),
                "s2", new Balance("s2", new BigDecimal("50.00")),
                "s3", new Balance("s3", new BigDecimal("7.00")));
        var rebuilt = Map.<String, Object>of(
                "s1", new Balance("s1", new BigDecimal("100.00")),
                "s2", new Balance("s2", new BigDecimal("25.00")),
                "s4", new Balance("s4", new BigDecimal("1.00")));

        List<KeyDifference> differences = ReadModelComparison.compare("balances", 2, live, rebuilt);

        assertThat(differences)
                .extracting(KeyDifference::key, KeyDifference::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s2", KeyDifference.Kind.DIFFERENT),
                        org.assertj.core.groups.Tuple.tuple("s3", KeyDifference.Kind.MISSING_REBUILT),
                        org.assertj.core.groups.Tuple.tuple("s4", KeyDifference.Kind.MISSING_LIVE));
        assertThat(differences).allSatisfy(difference -> {
            assertThat(difference.store()).isEqualTo("balances");
            assertThat(difference.partition()).isEqualTo(2);
        });
    }

    @Test
    void equalReadModelsHaveNoDifference() {
        var same = Map.<String, Object>of("s1", new Balance("s1", new BigDecimal("100.00")));

        assertThat(ReadModelComparison.compare("balances", 0, same, Map.copyOf(same)))
                .isEmpty();
        assertThat(ReadModelComparison.compare("balances", 0, Map.of(), Map.of()))
                .isEmpty();
    }
}
