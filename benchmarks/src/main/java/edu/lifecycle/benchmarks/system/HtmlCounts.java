package edu.lifecycle.benchmarks.system;

import java.util.regex.Pattern;

/**
 * What a console page showed, counted from its HTML: table rows, and the parts that show a refusal instead of data
 * (the console's {@code refusal} paragraphs: {@code refusal forbidden} for the role, plain {@code refusal} for a
 * service that failed or refused for another reason).
 */
final class HtmlCounts {

    private static final Pattern ROW = Pattern.compile("<tr[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD =
            Pattern.compile("<thead[\\s>].*?</thead>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FORBIDDEN = Pattern.compile("class=\"refusal forbidden\"");
    private static final Pattern FAILED = Pattern.compile("class=\"refusal\"");

    private HtmlCounts() {}

    /** Rows of every table, header rows left out. */
    static int tableRows(String html) {
        return count(ROW, HEAD.matcher(html).replaceAll(""));
    }

    static int refusedForRole(String html) {
        return count(FORBIDDEN, html);
    }

    static int failed(String html) {
        return count(FAILED, html);
    }

    private static int count(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
