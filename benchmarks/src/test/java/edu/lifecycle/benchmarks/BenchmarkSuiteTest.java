package edu.lifecycle.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.benchmarks.serde.EventFixtures;
import edu.lifecycle.benchmarks.serde.SerdePair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the suite in smoke mode: proves the harness and the table, never the timings. */
class BenchmarkSuiteTest {

    private static final List<String> progress = new ArrayList<>();
    private static String report;

    @BeforeAll
    static void runSmoke() throws Exception {
        report = BenchmarkSuite.run(new String[] {"--smoke"}, progress::add);
    }

    @Test
    void smokeRunPrintsOneRowWithPositiveRatiosPerEventType() {
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
    void smokeRunMeasuresObtainingAndVerifyingARealToken() {
        List<String> lines = report.lines().toList();
        int heading = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("### 5. Tokens"))
                .findFirst()
                .orElseThrow());
        List<String> columns = cells(lines.get(heading + 2));
        int p50 = columns.indexOf("p50");
        int samples = columns.indexOf("samples");
        List<List<String>> rows = lines.subList(heading + 4, lines.size()).stream()
                .takeWhile(line -> line.startsWith("| "))
                .map(BenchmarkSuiteTest::cells)
                .toList();

        assertThat(rows)
                .extracting(row -> row.get(0).substring(0, row.get(0).indexOf(' ')))
                .containsExactly("(a)", "first", "(b)", "(b')");
        for (List<String> row : rows) {
            assertThat(Double.parseDouble(row.get(p50))).as(row.get(0)).isPositive();
            assertThat(Integer.parseInt(row.get(samples))).as(row.get(0)).isPositive();
        }
        assertThat(report)
                .contains("% of a command's median latency", "JwtIssuerValidator", "audience [student-lifecycle]");
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
