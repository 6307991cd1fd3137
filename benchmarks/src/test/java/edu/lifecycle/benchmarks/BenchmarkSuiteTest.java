package edu.lifecycle.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.benchmarks.serde.EventFixtures;
import edu.lifecycle.benchmarks.serde.SerdePair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** Runs the suite in smoke mode: proves the harness and the table, never the timings. */
class BenchmarkSuiteTest {

    @Test
    void smokeRunPrintsOneRowWithPositiveRatiosPerEventType() throws Exception {
        List<String> progress = new ArrayList<>();

        String report = BenchmarkSuite.run(new String[] {"--smoke"}, progress::add);

        List<String> lines = report.lines().toList();
        int header = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("| Event type"))
                .findFirst()
                .orElseThrow());
        List<String> columns = cells(lines.get(header));
        List<Integer> ratios =
                List.of(columns.indexOf("ser ratio"), columns.indexOf("ratio mock://"), columns.indexOf("deser ratio"));
        assertThat(ratios).doesNotContain(-1);
        List<String> eventTypes = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("| ")) {
                break;
            }
            List<String> row = cells(line);
            eventTypes.add(row.get(0));
            for (int column : ratios) {
                String ratio = row.get(column).replace("*", "");
                assertThat(Double.parseDouble(ratio))
                        .as("%s of %s", columns.get(column), row.get(0))
                        .isPositive();
            }
        }
        List<String> expected = new ArrayList<>(
                EventFixtures.eventTypes().stream().map(Class::getSimpleName).toList());
        expected.add("**geometric mean (" + EventFixtures.eventTypes().size() + " types)**");
        assertThat(eventTypes).containsExactlyElementsOf(expected);
        assertThat(report)
                .contains("Cores available to the JVM: ", "Java: ", "schema.registry.url", "auto.register.schemas");
        assertThat(progress).isNotEmpty();
    }

    @Test
    void everyFixtureRoundTripsThroughBothSerdesAndStaysTheSame() {
        for (Class<? extends SpecificRecord> type : EventFixtures.eventTypes()) {
            assertThat(EventFixtures.fixture(type)).isEqualTo(EventFixtures.fixture(type));
            try (SerdePair pair = new SerdePair(type)) {
                assertThat(pair.deserializeOurs()).isEqualTo(EventFixtures.fixture(type));
                assertThat(pair.deserializePlain()).isEqualTo(EventFixtures.fixture(type));
                assertThat(Arrays.copyOfRange(pair.serializeOurs(), 5, pair.serializeOurs().length))
                        .isEqualTo(pair.serializePlain());
            }
        }
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                .map(String::trim)
                .toList();
    }
}
