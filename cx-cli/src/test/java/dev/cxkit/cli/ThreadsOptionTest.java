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
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code cx nps}, {@code cx report} and {@code cx journey} with {@code --threads N} print (or
 * write) the same output, the same bad-record summary and {@code --bad-records} file, and exit
 * with the same code with one thread and with several, on CSV and NDJSON files large enough to
 * be cut (2 x 1 MiB and more), whose bad records and quoted cells spanning lines fall anywhere,
 * at the cuts too; {@code --threads 0} is a usage error.
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
    void reportAndJourneyReadResponsesOnSeveralThreadsAlike() throws IOException {
        Path sample = TestFiles.sample(dir, 4_000);
        Path responses = sample.resolve("responses.ndjson");
        List<String> lines = Files.readAllLines(responses, StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(19);
        StringBuilder spoilt = new StringBuilder();
        for (String line : lines) {
            spoilt.append(
                            random.nextInt(150) == 0
                                    ? line.replaceFirst("\"score\":[0-9]+", "\"score\":-1")
                                    : line)
                    .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        Files.writeString(responses, spoilt, StandardCharsets.UTF_8);
        assertThat(Files.size(responses)).isGreaterThan(2L << 20);

        CxRun.Result oneJourney = null;
        for (String threads : new String[] {"1", "2", "3"}) {
            CxRun.Result journey = CxRun.in(
                    dir,
                    "journey",
                    "--touchpoints",
                    "@sample/touchpoints.ndjson",
                    "@sample/interactions.ndjson",
                    "--responses",
                    "@sample/responses.ndjson",
                    "--threads",
                    threads,
                    "--bad-records",
                    "@journey-bad-" + threads + ".txt");
            CxRun.Result report = CxRun.in(
                    dir,
                    "report",
                    "@sample",
                    "--html",
                    "@report-" + threads + ".html",
                    "--threads",
                    threads,
                    "--bad-records",
                    "@report-bad-" + threads + ".txt");
            assertThat(journey.exitCode()).isEqualTo(Cx.DATA_ERRORS);
            assertThat(report.exitCode()).isEqualTo(Cx.DATA_ERRORS);
            if (oneJourney == null) {
                oneJourney = journey;
                assertThat(journey.stderr()).contains("bad record(s) skipped");
                assertThat(Files.readAllLines(dir.resolve("journey-bad-1.txt")))
                        .hasSizeGreaterThan(30)
                        .allMatch(line -> line.contains("score"));
                continue;
            }
            assertThat(journey.stdout()).isEqualTo(oneJourney.stdout());
            assertThat(journey.stderr().replace("-bad-" + threads, "-bad-1"))
                    .isEqualTo(oneJourney.stderr());
            for (String command : new String[] {"journey", "report"}) {
                assertThat(Files.readString(dir.resolve(command + "-bad-" + threads + ".txt")))
                        .isEqualTo(Files.readString(dir.resolve(command + "-bad-1.txt")));
            }
            assertThat(withoutTime(Files.readString(dir.resolve("report-" + threads + ".html"))))
                    .isEqualTo(withoutTime(Files.readString(dir.resolve("report-1.html"))));
        }
    }

    @Test
    void driversReadOnSeveralThreadsAlike() throws IOException {
        SplittableRandom random = new SplittableRandom(20);
        try (Writer csv = Files.newBufferedWriter(dir.resolve("ratings.csv"))) {
            csv.write("respondent,speed,staff,decor,recommend\n");
            for (int i = 0; i < 150_000; i++) {
                int speed = 1 + random.nextInt(5);
                int staff = 1 + random.nextInt(5);
                String decor = random.nextInt(300) == 0 ? "n/a" : "" + (1 + random.nextInt(5));
                long recommend = Math.min(
                        10,
                        Math.max(0, Math.round(speed + staff * 0.8 - 1 + random.nextGaussian())));
                String respondent =
                        random.nextInt(50) == 0 ? "\"r" + i + ",\nsecond line\"" : "r" + i;
                csv.write(respondent + "," + speed + "," + staff + "," + decor + "," + recommend
                        + (random.nextInt(10) == 0 ? "\r\n" : "\n"));
            }
        }
        assertThat(Files.size(dir.resolve("ratings.csv"))).isGreaterThan(2L << 20);

        CxRun.Result one = drivers("1");
        assertThat(one.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(one.stdout()).contains("Key drivers of recommend", "speed", "decor");
        assertThat(one.stderr()).contains("bad record(s) skipped of 150000 read");
        for (String threads : new String[] {"2", "3"}) {
            CxRun.Result several = drivers(threads);
            assertThat(several.stdout()).isEqualTo(one.stdout());
            assertThat(several.stderr()).isEqualTo(one.stderr());
            assertThat(several.exitCode()).isEqualTo(one.exitCode());
        }
    }

    private static CxRun.Result drivers(String threads) {
        return CxRun.in(
                dir,
                "drivers",
                "@ratings.csv",
                "--outcome",
                "recommend",
                "--drivers",
                "speed,staff,decor",
                "--resamples",
                "0",
                "--threads",
                threads);
    }

    /** A report page without the minute it was generated. */
    private static String withoutTime(String html) {
        return html.replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC by cxkit", "");
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
