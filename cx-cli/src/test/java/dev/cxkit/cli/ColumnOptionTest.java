package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --column} and {@code --headerless} name CSV columns: given with an NDJSON or JSON file
 * they are a usage error saying so, never silently ignored; with CSV they map the headers.
 */
class ColumnOptionTest {

    private static final String RECORD =
            "{\"customerId\":\"a\",\"time\":\"2024-05-01T10:00:00Z\",\"rating\":9,\"score\":3}";

    @Test
    void columnWithNdjsonOrJsonIsAUsageErrorSayingItAppliesToCsv(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("answers.ndjson"), RECORD + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.json"), "[" + RECORD + "]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.txt"), RECORD + "\n", StandardCharsets.UTF_8);

        for (String file : new String[] {"answers.ndjson", "answers.json", "answers.txt"}) {
            CxRun.Result result = CxRun.in(dir, "nps", "@" + file, "--column", "score=rating");

            assertThat(result.exitCode()).as(file + ": " + result.stderr()).isEqualTo(Cx.USAGE);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr())
                    .startsWith("cx: --column applies to CSV, TSV and "
                            + "whitespace files, whose columns it names; '" + dir.resolve(file)
                            + "' is "
                            + "read as " + (file.endsWith(".json") ? "JSON_ARRAY" : "NDJSON"));
        }
        CxRun.Result headerless =
                CxRun.in(dir, "nps", "@answers.ndjson", "--headerless", "time,score");
        assertThat(headerless.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(headerless.stderr()).startsWith("cx: --headerless applies to CSV");
    }

    @Test
    void columnWithCsvMapsTheHeader(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("answers.csv"),
                "when,rating\n2024-05-01T10:00:00Z,9\n" + "2024-05-02T10:00:00Z,10\n",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(
                dir, "nps", "@answers.csv", "--column", "score=rating", "--column", "time=when");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("2 responses");
    }
}
