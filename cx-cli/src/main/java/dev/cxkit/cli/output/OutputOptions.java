package dev.cxkit.cli.output;

import dev.cxkit.cli.Choices;
import dev.cxkit.json.CxJson;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a command prints its result: as aligned tables for people, as CSV, or as JSON.
 *
 * <p>Every format prints the same {@link Table}s. {@code -f csv} is RFC 4180: one header row
 * of field names, one row per table row, CRLF line ends, unformatted numbers ({@code .}
 * decimal, no grouping, no padding, no exponent), shares as fractions, empty cells for values
 * that are not defined, and text quoted when it holds a comma, quote or line break; with
 * several tables a first column {@code table} names the table of each row and the header is
 * the union of their fields. {@code -f json} writes one object: the command's library results
 * under their own keys (cx-json's documented field names), and {@code "tables"} mapping each
 * table's name to its rows with the same fields and numbers as the CSV.
 *
 * <p>Not thread-safe: picocli sets its fields from one command line, one instance per run.
 */
public final class OutputOptions {

    private static final String CRLF = "\r\n";

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "table",
            converter = OutputFormatConverter.class,
            description = "table (for people), csv (RFC 4180, plain numbers) or json "
                    + "(default ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    /** {@return the chosen format} */
    public OutputFormat format() {
        return format;
    }

    /**
     * Prints one table; {@code results} are the library values JSON adds (may be empty).
     *
     * @param out where the output goes
     * @param table the table
     * @param results the library values JSON adds, by key (may be empty)
     */
    public void print(PrintWriter out, Table table, Map<String, ?> results) {
        print(out, List.of(table), results);
    }

    /**
     * Prints {@code tables} in the chosen format; JSON adds {@code results} under their keys.
     *
     * @param out where the output goes
     * @param tables the tables, in order
     * @param results the library values JSON adds, by key (may be empty)
     */
    public void print(PrintWriter out, List<Table> tables, Map<String, ?> results) {
        switch (format) {
            case TABLE ->
                tables.forEach(table -> {
                    out.println(table.title());
                    out.println();
                    table.text().print(out);
                    out.println();
                });
            case CSV -> out.print(csv(tables));
            case JSON ->
                out.println(CxJson.mapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(json(tables, results)));
        }
        out.flush();
    }

    /** The JSON document of {@code tables} and {@code results}. */
    static Map<String, Object> json(List<Table> tables, Map<String, ?> results) {
        Map<String, Object> json = new LinkedHashMap<>(results);
        Map<String, Object> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table.name(), table.records()));
        json.put("tables", rows);
        return json;
    }

    /** The CSV text of {@code tables}: one header row, then every table's rows. */
    static String csv(List<Table> tables) {
        boolean named = tables.size() > 1;
        List<String> header = new ArrayList<>();
        if (named) {
            header.add("table");
        }
        for (Table table : tables) {
            table.fields().stream().filter(field -> !header.contains(field)).forEach(header::add);
        }
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(header));
        for (Table table : tables) {
            for (Map<String, Object> record : table.records()) {
                List<Object> cells = new ArrayList<>();
                for (String field : header) {
                    cells.add(named && field.equals("table") ? table.name() : record.get(field));
                }
                line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** One CSV cell: numbers plain, booleans true/false, null empty, text quoted when needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return number == 0
                    ? "0"
                    : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Accepts the format names in any case. */
    static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Choices.of(OutputFormat.class, value);
        }
    }
}
