package dev.cxkit.cli.output;

import dev.cxkit.json.CxJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How a command prints its result: the same rows as an aligned table, as CSV, or as JSON
 * written by cx-json's mapper (so library results keep their documented field names).
 */
public final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = OutputFormatConverter.class,
            description = "table, json or csv (default ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    /** A titled table of a command's output. */
    public record Section(String title, TextTable table) {}

    /** Prints one titled table, or {@code json} in the JSON format. */
    public void print(PrintWriter out, String title, TextTable table, Object json) {
        print(out, List.of(new Section(title, table)), json);
    }

    /**
     * Prints {@code sections} as tables or CSV (each CSV table after a {@code # title} line),
     * or {@code json} (any value cx-json can write: library results, lists and maps of them).
     */
    public void print(PrintWriter out, List<Section> sections, Object json) {
        switch (format) {
            case TABLE -> sections.forEach(section -> {
                out.println(section.title());
                out.println();
                section.table().print(out);
                out.println();
            });
            case CSV -> sections.forEach(section -> {
                if (sections.size() > 1) {
                    out.println("# " + section.title().lines().findFirst().orElse(""));
                }
                out.println(csvLine(section.table().header()));
                section.table().rows().forEach(row -> out.println(csvLine(row)));
            });
            case JSON -> out.println(CxJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json));
        }
        out.flush();
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
