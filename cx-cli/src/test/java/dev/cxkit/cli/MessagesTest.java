package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Messages a user can act on: file, line, field, value and expectation, each said once. */
class MessagesTest {

    @TempDir
    Path dir;

    @Test
    void aRejectedValueIsShownOnce() throws Exception {
        Files.writeString(
                dir.resolve("bad.ndjson"),
                "{\"customerId\":\"b\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":11}\n"
                        + "{\"customerId\":\"c\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":9}\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("bad.csv"),
                "customerId,time,instrument,score\r\nb,2025-01-01T00:00:00Z,nps,11\r\nc,2025-01-01T00:00:00Z,nps,9\r\n",
                StandardCharsets.UTF_8);
        CxRun.Result ndjson = CxRun.in(dir, "nps", "@bad.ndjson");
        assertThat(ndjson.exitCode()).isEqualTo(1);
        assertThat(ndjson.stderr())
                .contains("bad.ndjson:1:76: score: score must be in 0..10")
                .contains("was 11")
                .doesNotContain("was 11, was 11");
        CxRun.Result csv = CxRun.in(dir, "nps", "@bad.csv");
        assertThat(csv.exitCode()).isEqualTo(1);
        assertThat(csv.stderr())
                .contains("bad.csv:2:4: score: ")
                .contains("was 11")
                .doesNotContain("was 11, was 11");
    }

    @Test
    void anUnknownGroupingKeyIsAUsageErrorNamingTheAttributesThatExist() {
        TestFiles.sample(dir);
        CxRun.Result result = CxRun.in(
                dir,
                "nps",
                "@sample/responses.ndjson",
                "--by",
                "plna",
                "--customers",
                "@sample/customers.ndjson");
        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr()).contains("--by plna", "their attributes are [", "plan");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void badOptionValuesSayWhatWasExpected() {
        TestFiles.sample(dir);
        CxRun.Result date = CxRun.in(
                dir, "churn", "@sample/customers.ndjson", "--from", "1/4/25", "--to", "2025-07-01");
        assertThat(date.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(date.stderr())
                .contains("--from", "expected a date yyyy-mm-dd", "was '1/4/25'")
                .doesNotContain("Exception", "java.");
        CxRun.Result unit = CxRun.in(
                dir,
                "churn",
                "@sample/customers.ndjson",
                "--from",
                "2025-04-01",
                "--to",
                "2025-07-01",
                "--cohorts",
                "fortnight");
        assertThat(unit.stderr()).contains("--cohorts: expected one of day, iso-week, month");
        CxRun.Result format = CxRun.in(dir, "nps", "@sample/responses.ndjson", "-f", "xml");
        assertThat(format.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(format.stderr())
                .contains("expected one of table, json, csv, was 'xml'")
                .doesNotContain("No enum constant");
        CxRun.Result window = CxRun.in(
                dir,
                "journey",
                "--touchpoints",
                "@sample/touchpoints.ndjson",
                "@sample/interactions.ndjson",
                "--repeat-window",
                "2d");
        assertThat(window.stderr())
                .contains("expected an ISO-8601 duration such as P2D")
                .doesNotContain("Exception");
        CxRun.Result zone = CxRun.in(dir, "nps", "@sample/responses.ndjson", "--zone", "Mars/Base");
        assertThat(zone.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(zone.stderr()).contains("--zone must be a time zone");
    }

    @Test
    void aTruncatedGzipIsAUsageErrorNamingTheFile() throws Exception {
        TestFiles.sample(dir);
        byte[] bytes;
        try (var out = new java.io.ByteArrayOutputStream();
                var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(dir.resolve("sample/responses.ndjson")));
            gzip.finish();
            bytes = out.toByteArray();
        }
        Files.write(dir.resolve("cut.ndjson.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CxRun.Result result = CxRun.in(dir, "nps", "@cut.ndjson.gz");
        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr())
                .contains("cut.ndjson.gz", "truncated")
                .doesNotContain("EOFException", "Exception");
        assertThat(result.stdout()).isEmpty();
    }
}
