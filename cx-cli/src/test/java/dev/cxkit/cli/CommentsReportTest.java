package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report's comment sections, on the sample data with comments added by score. */
class CommentsReportTest {

    private static final Pattern SCORE = Pattern.compile("\"score\"\\s*:\\s*([0-9]+)");
    private static final Pattern INSTRUMENT =
            Pattern.compile("\"instrument\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void reportListsTermsPerSideAndFrictionTouchpointTerms(@TempDir Path dir) throws Exception {
        CommentsCommandTest.Run sample = CommentsCommandTest.cx(
                "sample",
                "--out",
                dir.resolve("data").toString(),
                "--customers",
                "400",
                "--seed",
                "7");
        assertThat(sample.exit()).as(sample.err()).isZero();
        Path responses = dir.resolve("data").resolve("responses.ndjson");
        List<String> lines = Files.readAllLines(responses);
        StringBuilder commented = new StringBuilder();
        for (String sampled : lines) {
            String line = sampled.replaceAll(",\"comment\":\"[^\"]*\"", "");
            Matcher score = SCORE.matcher(line);
            Matcher instrument = INSTRUMENT.matcher(line);
            if (!score.find() || !instrument.find()) {
                commented.append(line).append('\n');
                continue;
            }
            boolean low = switch (instrument.group(1)) {
                case "nps" -> Integer.parseInt(score.group(1)) <= 6;
                case "csat" -> Integer.parseInt(score.group(1)) <= 2;
                default -> Integer.parseInt(score.group(1)) <= 3;
            };
            String comment =
                    low ? "long wait on hold, nobody called back" : "friendly staff, quick answer";
            commented
                    .append(line, 0, line.lastIndexOf('}'))
                    .append(",\"comment\":\"")
                    .append(comment)
                    .append("\"}\n");
        }
        Files.writeString(responses, commented);

        CommentsCommandTest.Run run = CommentsCommandTest.cx(
                "report",
                dir.resolve("data").toString(),
                "--html",
                dir.resolve("report.html").toString(),
                "--language",
                "en");

        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .contains(
                        "<section id=\"comments\">",
                        "What customers say",
                        "<section id=\"friction-text\">",
                        "Touchpoint friction in comments",
                        "nobody called")
                .contains("friendly staff, quick answer");
        String comments = html.substring(html.indexOf("<section id=\"comments\">"));
        comments = comments.substring(0, comments.indexOf("</section>"));
        assertThat(comments).contains("wait", "hold", "friendly", "quick");
    }
}
