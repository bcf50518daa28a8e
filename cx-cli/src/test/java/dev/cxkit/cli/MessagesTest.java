package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages a user can act on: file, line, field, value and expectation, each said once. */
class MessagesTest {

    @TempDir
    Path dir;

    @Test
    void aRejectedValueIsShownOnce() throws Exception {
        Files.writeString(dir.resolve("bad.ndjson"),
                "{\"customerId\":\"b\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":11}\n"
                        + "{\"customerId\":\"c\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":9}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.csv"),
                "customerId,time,instrument,score\r\nb,2025-01-01T00:00:00Z,nps,11\r\n",
                StandardCharsets.UTF_8);
        CxRun.Result ndjson = CxRun.in(dir, "nps", "@bad.ndjson");
        assertThat(ndjson.exitCode()).isEqualTo(1);
        assertThat(ndjson.stderr()).contains("bad.ndjson:1:76: score: score must be in 0..10")
                .contains("was 11").doesNotContain("was 11, was 11");
        CxRun.Result csv = CxRun.in(dir, "nps", "@bad.csv");
        assertThat(csv.stderr()).contains("bad.csv:2:4: score: ").contains("was 11")
                .doesNotContain("was 11, was 11");
    }
}
