package edu.lifecycle.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/** A markdown table with a heading and the notes that belong under it (settings, verdicts). */
public final class Table {

    private final String heading;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Table(String heading, List<String> columns) {
        this.heading = heading;
        this.columns = List.copyOf(columns);
    }

    public Table row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " cells, got " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public Table note(String note) {
        notes.add(note);
        return this;
    }

    public String heading() {
        return heading;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The table with aligned columns (so it also reads as plain text), then the notes as a list. */
    public String toMarkdown() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder("### ").append(heading).append("\n\n");
        line(out, columns, widths);
        out.append('|');
        for (int width : widths) {
            out.append('-').append("-".repeat(width)).append("-|");
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, widths));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            boolean numeric = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
            String padding = " ".repeat(widths[i] - cell.length());
            out.append(' ').append(numeric ? padding + cell : cell + padding).append(" |");
        }
        out.append('\n');
    }
}
