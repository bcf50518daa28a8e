package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hostile inputs read in a JVM of 64 MB heap: a 20 MB line of invalid UTF-8 (10 million bad
 * sequences), a CSV row of 50 million commas and 2 million bad records. Each is reported and
 * the good records around it still read; memory bounded by the limits, not the input, is what
 * lets the child JVM finish at all. It takes about 9 s on the 2-core development machine, the
 * price of generating and reading those 80 MB.
 */
class BoundedMemoryTest {

    @Test
    void hostileInputsReadInSixtyFourMegabytes() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BoundedMemoryMain.class.getName(),
                        "2000000",
                        "20000000",
                        "50000000")
                .redirectErrorStream(true)
                .start();
        boolean done = child.waitFor(120, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            child.destroyForcibly();
        }

        assertThat(done).as("finished").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().toList())
                .isEqualTo(List.of(
                        "invalid-utf8 2 1 1 invalid-utf8:2:1048577: line is longer than the maximum "
                                + "record length of 1048576 characters (was 20000000)",
                        "csv-commas 1 1 1 csv-commas:2: row is longer than the maximum record length "
                                + "of 1048576 characters",
                        "bad-records 1 2000000 1000 bad-records:2:3: score: score must be in 0..10 "
                                + "on scale 'nps', was 11"));
    }
}
