package edu.lifecycle.chaos.report;

import edu.lifecycle.chaos.oracle.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run prints: the oracle's lines, one per check, the table of numbers, and the fault log. */
public final class ChaosReport {

    private final Map<String, String> table = new LinkedHashMap<>();
    private final List<CheckResult> checks = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    public ChaosReport row(String measurement, Object value) {
        table.put(measurement, String.valueOf(value));
        return this;
    }

    public ChaosReport check(CheckResult result) {
        checks.add(result);
        return this;
    }

    public ChaosReport faults(List<String> lines) {
        faults.addAll(lines);
        return this;
    }

    /** The commands refused, each a line (see {@code CommandLedger#refusals}). */
    public ChaosReport refusals(List<String> lines) {
        refusals.addAll(lines);
        return this;
    }

    public List<CheckResult> checks() {
        return List.copyOf(checks);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckResult::passed);
    }

    public String markdown() {
        var text = new StringBuilder("## Oracle\n\n");
        checks.forEach(check -> text.append("- ").append(check.line()).append('\n'));
        text.append("\n| measurement | value |\n|---|---|\n");
        table.forEach(
                (k, v) -> text.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        if (!refusals.isEmpty()) {
            text.append("\n## Refused commands\n\n");
            refusals.forEach(line -> text.append("- ").append(line).append('\n'));
        }
        text.append("\n## Faults, in order\n\n");
        faults.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString();
    }
}
