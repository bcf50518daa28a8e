package dev.cxkit.cli;

import dev.cxkit.json.CxJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How a command prints its result: the same rows as an aligned table, as CSV, or as JSON
 * written by cx-json's mapper (so library results keep their documented field names).
 */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = OutputFormatConverter.class,
            description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    /**
     * Prints {@code table} (as a table or CSV) or {@code json} (any value cx-json can write:
     * library results, lists and maps of them).
     */
    void print(PrintWriter out, String title, TextTable table, Object json) {
        switch (format) {
            case TABLE -> {
                out.println(title);
                out.println();
                table.print(out);
            }
            case CSV -> printCsv(out, table);
            case JSON -> out.println(CxJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json));
        }
        out.flush();
    }

    private static void printCsv(PrintWriter out, TextTable table) {
        out.println(csvLine(table.header()));
        table.rows().forEach(row -> out.println(csvLine(row)));
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return line.toString();
    }

    /** Accepts the format names in any case. */
    static final class OutputFormatConverter
            implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
