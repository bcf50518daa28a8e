package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * {@code cx nps --threads N} prints the same scorecard, the same bad-record summary and
 * {@code --bad-records} file, and exits with the same code with one thread and with several, on
 * CSV and NDJSON files large enough to be cut (2 x 1 MiB and more), whose bad records and quoted
 * cells spanning lines fall anywhere; {@code --threads 0} is a usage error.
 */
class ThreadsOptionTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeData() throws IOException {
        SplittableRandom random = new SplittableRandom(18);
        try (Writer csv = Files.newBufferedWriter(dir.resolve("responses.csv"));
                Writer ndjson = Files.newBufferedWriter(dir.resolve("responses.ndjson"))) {
            csv.write("customerId,touchpointId,time,score,comment\n");
            for (int i = 0; i < 60_000; i++) {
                String time = "2024-0" + (1 + i % 6) + "-01T12:00:00Z";
                int score = random.nextInt(200) == 0 ? 11 : random.nextInt(11);
                String comment = switch (random.nextInt(8)) {
                    case 0 -> "\"line one\nline \"\"two\"\"\"";
                    case 1 -> "\"a, b\"";
                    default -> "";
                };
                String touchpoint = "tp-" + random.nextInt(5);
                csv.write("c" + i + "," + touchpoint + "," + time + "," + score + "," + comment
                        + (random.nextInt(10) == 0 ? "\r\n" : "\n"));
                ndjson.write("{\"customerId\":\"c" + i + "\",\"touchpointId\":\"" + touchpoint
                        + "\",\"time\":\"" + time + "\",\"score\":" + score + "}\n");
            }
        }
        assertThat(Files.size(dir.resolve("responses.csv"))).isGreaterThan(2L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"responses.csv", "responses.ndjson"})
    void oneAndSeveralThreadsPrintTheSameAndExitAlike(String file) throws IOException {
        CxRun.Result one = nps(file, "1");
        for (String threads : new String[] {"2", "3"}) {
            CxRun.Result several = nps(file, threads);
            assertThat(several.stdout()).isEqualTo(one.stdout());
            assertThat(several.stderr().replace("bad-" + threads + ".txt", "bad-1.txt"))
                    .isEqualTo(one.stderr());
            assertThat(several.exitCode()).isEqualTo(one.exitCode());
            assertThat(Files.readString(dir.resolve("bad-" + threads + ".txt")))
                    .isEqualTo(Files.readString(dir.resolve("bad-1.txt")));
        }
        assertThat(one.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(one.stdout()).contains("tp-0", "tp-4");
        assertThat(one.stderr()).contains("bad record(s) skipped of 60000 read");
        assertThat(Files.readAllLines(dir.resolve("bad-1.txt"), StandardCharsets.UTF_8))
                .hasSizeGreaterThan(200)
                .allMatch(line -> line.contains("score must be in 0..10"));
    }

    @Test
    void lessThanOneThreadIsAUsageError() {
        CxRun.Result zero = CxRun.in(dir, "nps", "@responses.csv", "--threads", "0");

        assertThat(zero.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(zero.stderr()).contains("--threads must be at least 1, was 0");
    }

    private static CxRun.Result nps(String file, String threads) {
        return CxRun.in(
                dir,
                "nps",
                "@" + file,
                "--by",
                "touchpoint",
                "-q",
                "--threads",
                threads,
                "--bad-records",
                "@bad-" + threads + ".txt");
    }
}
