package edu.lifecycle.benchmarks.system;

import java.util.regex.Pattern;

/**
 * What a console page showed, counted from its HTML: table rows, and the parts that show a refusal instead of data
 * (the console's {@code refusal} paragraphs). A refusal for the role reads "Not for your role: …" (the console's
 * wording of a service's 403, whatever class the template gives it); any other refusal is a failure.
 */
final class HtmlCounts {

    private static final Pattern ROW = Pattern.compile("<tr[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD =
            Pattern.compile("<thead[\\s>].*?</thead>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern REFUSAL = Pattern.compile("<p\\b[^>]*class=\"refusal[\" ][^>]*>([^<]*)<");
    private static final String FOR_ROLE = "Not for your role:";

    private HtmlCounts() {}

    /** Rows of every table, header rows left out. */
    static int tableRows(String html) {
        return count(ROW, HEAD.matcher(html).replaceAll(""));
    }

    static int refusedForRole(String html) {
        return refusals(html, true);
    }

    static int failed(String html) {
        return refusals(html, false);
    }

    private static int refusals(String html, boolean forRole) {
        var matcher = REFUSAL.matcher(html);
        int count = 0;
        while (matcher.find()) {
            if (matcher.group(1).trim().startsWith(FOR_ROLE) == forRole) {
                count++;
            }
        }
        return count;
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
