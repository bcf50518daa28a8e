package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exit code follows from how much of the input a reader's problem spoils: one record is
 * exit 1 (skipped and reported), an input that cannot be read to its end exit 2, with the
 * problem at its line. JSON arrays with records nested too deep, and a syntax error.
 */
class InputScopeExitCodesTest {

    private static String response(String id, int score) {
        return "{\"customerId\":\"" + id + "\",\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":"
                + "\"nps\",\"score\":" + score + "}";
    }

    @Test
    void aRecordNestedTooDeepIsSkippedAtItsLineAndTheRestIsRead(@TempDir Path dir)
            throws Exception {
        Files.writeString(
                dir.resolve("answers.json"),
                "[\n" + response("a", 9) + ",\n"
                        + "{\"customerId\":\"b\",\"extra\":\n" + "[".repeat(40) + "]".repeat(40)
                        + "},\n"
                        + response("c", 10) + "\n]",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "nps", "@answers.json");

        assertThat(result.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stdout()).contains("2 responses");
        assertThat(result.stderr())
                .contains(
                        "1 bad record(s) skipped of 3 read",
                        "answers.json:3:1: Document nesting depth (33) exceeds the maximum allowed (32, "
                                + "limit maxNestingDepth)");
    }

    @Test
    void aRecordTooDeepToPassEndsTheReadAsAnUnreadableInput(@TempDir Path dir) throws Exception {
        int depth = 2000;
        Files.writeString(
                dir.resolve("answers.json"),
                "[\n" + response("a", 9) + ",\n"
                        + "{\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "},\n"
                        + response("c", 10) + "\n]",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "nps", "@answers.json");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .contains(
                        "answers.json:3:1: Document nesting depth (33)",
                        "so it cannot be passed and the rest of the input is not read");
    }

    @Test
    void aSyntaxErrorInAJsonArrayIsAnUnreadableInputEvenWhenSkippingBadRecords(@TempDir Path dir)
            throws Exception {
        Files.writeString(
                dir.resolve("answers.json"),
                "[\n" + response("a", 9) + ",\n" + "{\"customerId\" \"b\"},\n" + response("c", 10)
                        + "\n]",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "nps", "@answers.json", "--skip-bad");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("cx: " + dir.resolve("answers.json") + ":3:");
    }

    @Test
    void aBadRecordUnderFailFastIsExitOne(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("answers.ndjson"),
                response("a", 9) + "\n" + response("b", 11) + "\n" + response("c", 10) + "\n",
                StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "nps", "@answers.ndjson", "--fail-fast");

        assertThat(result.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stderr()).contains("answers.ndjson:2:");
    }
}
