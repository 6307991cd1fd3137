package edu.lifecycle.chaos.oracle;

import java.util.List;

/**
 * One line of the oracle's report.
 *
 * @param name the check
 * @param passed whether it holds
 * @param summary the counts behind the verdict
 * @param examples a few offending keys or records, for a person to start from
 */
public record CheckResult(String name, boolean passed, String summary, List<String> examples) {

    public CheckResult {
        examples = List.copyOf(examples.subList(0, Math.min(10, examples.size())));
    }

    public String line() {
        return (passed ? "PASS " : "FAIL ") + name + ": " + summary
                + (examples.isEmpty() ? "" : " e.g. " + String.join("; ", examples));
    }
}
