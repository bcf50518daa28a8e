package dev.cxkit.cli.output;

import static dev.cxkit.internal.Checks.checkArgument;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells printed with aligned columns: columns of numbers, percentages and
 * intervals right-aligned, others left-aligned. The header is underlined with dashes.
 *
 * <p>Not thread-safe: one table is filled and printed by one thread.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * An empty table with these column headers.
     *
     * @param header the header cells
     */
    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * Adds a row with one cell per header column.
     *
     * @param cells one cell per header column
     * @return this table
     */
    public TextTable row(List<String> cells) {
        checkArgument(
                cells.size() == header.size(),
                "row must have %s cells, had %s",
                header.size(),
                cells.size());
        rows.add(List.copyOf(cells));
        return this;
    }

    /** {@return the header cells} */
    public List<String> header() {
        return header;
    }

    /** {@return the rows, each with one cell per header column} */
    public List<List<String>> rows() {
        return rows;
    }

    void print(PrintWriter out) {
        Objects.requireNonNull(out, "out");
        int[] widths = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &=
                        row.get(c).isEmpty() || row.get(c).equals("-") || isNumeric(row.get(c));
            }
        }
        printRow(out, header, widths, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            printRow(out, row, widths, numeric);
        }
        out.flush();
    }

    private static void printRow(
            PrintWriter out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        out.println(line.toString().stripTrailing());
    }

    /**
     * {@return true for cells that hold a number, a percentage or an interval: right-aligned}
     *
     * @param cell a cell, as shown
     */
    public static boolean isNumeric(String cell) {
        return !cell.isEmpty() && cell.matches("[-+]?[0-9.,]+%?|\\[.*\\]");
    }
}
