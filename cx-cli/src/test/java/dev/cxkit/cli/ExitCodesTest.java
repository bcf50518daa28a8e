package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exit codes of every command, as the README documents them: 0 when everything was read
 * and reported, 1 when bad records were skipped, 2 for a usage error, an unreadable or empty
 * input; the same outcome in every output format, and no Java internals in any message.
 */
class ExitCodesTest {

    @TempDir
    static Path dir;

    /** A command whose input file is the argument {@code @FILE}. */
    record Case(String name, List<String> args, String file, String badLine) {
        List<String> with(String replacement, String... more) {
            List<String> list = new ArrayList<>();
            for (String arg : args) {
                list.add(arg.equals("@FILE") ? replacement : arg);
            }
            list.addAll(List.of(more));
            return list;
        }
    }

    @BeforeAll
    static void writeData() throws Exception {
        Path sample = TestFiles.sample(dir);
        TestFiles.cdnow(dir);
        TestFiles.drivers(dir);
        Files.createDirectories(dir.resolve("folder"));
        for (String name : List.of("responses.ndjson", "customers.ndjson", "interactions.ndjson")) {
            Files.copy(sample.resolve(name), dir.resolve("bad-" + name));
        }
        Files.copy(dir.resolve("cdnow.csv"), dir.resolve("bad-cdnow.csv"));
        Files.copy(dir.resolve("ratings.csv"), dir.resolve("bad-ratings.csv"));
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            comments.append("{\"customerId\":\"c")
                    .append(i)
                    .append("\",\"time\":"
                            + "\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":")
                    .append(i % 2 == 0 ? 10 : 2)
                    .append(",\"comment\":\"")
                    .append(i % 2 == 0 ? "fast friendly delivery" : "late broken parcel")
                    .append("\"}\n");
        }
        Files.writeString(dir.resolve("comments.ndjson"), comments, StandardCharsets.UTF_8);
        Files.copy(dir.resolve("comments.ndjson"), dir.resolve("bad-comments.ndjson"));
        for (Case c : cases().toList()) {
            Files.writeString(
                    dir.resolve("bad-" + c.file()),
                    c.badLine() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("empty-" + c.file()), "", StandardCharsets.UTF_8);
        }
    }

    static Stream<Case> cases() {
        String badResponse = "{\"customerId\":\"x\",\"time\":\"2025-01-01T00:00:00Z\","
                + "\"instrument\":\"nps\",\"score\":11}";
        String badCustomer = "{\"id\":\"x\",\"acquiredAt\":\"yesterday\"}";
        return Stream.of(
                new Case("nps", List.of("nps", "@FILE"), "responses.ndjson", badResponse),
                new Case(
                        "csat",
                        List.of("csat", "@FILE", "--by", "month"),
                        "responses.ndjson",
                        badResponse),
                new Case(
                        "ces", List.of("ces", "@FILE", "--agree"), "responses.ndjson", badResponse),
                new Case("survival", List.of("survival", "@FILE"), "customers.ndjson", badCustomer),
                new Case(
                        "churn",
                        List.of("churn", "@FILE", "--from", "2025-04-01", "--to", "2025-07-01"),
                        "customers.ndjson",
                        badCustomer),
                new Case(
                        "journey",
                        List.of("journey", "--touchpoints", "@sample/touchpoints.ndjson", "@FILE"),
                        "interactions.ndjson",
                        "{\"customerId\":\"x\",\"touchpointId\":\"web\",\"time\":\"soon\"}"),
                new Case(
                        "report",
                        List.of("report", "--responses", "@FILE", "--html", "@report.html"),
                        "responses.ndjson",
                        badResponse),
                new Case(
                        "clv",
                        List.of("clv", "@FILE", "--calibration-end", "1997-09-30", "--top", "3"),
                        "cdnow.csv",
                        "00004,1997-02-30,10.00"),
                new Case(
                        "drivers",
                        List.of(
                                "drivers",
                                "@FILE",
                                "--outcome",
                                "recommend",
                                "--drivers",
                                "speed,staff,decor",
                                "--resamples",
                                "50"),
                        "ratings.csv",
                        "r999,fast,3,4,9"),
                new Case(
                        "comments",
                        List.of("comments", "@FILE", "--top", "3"),
                        "comments.ndjson",
                        badResponse));
    }

    @Test
    void sampleExitsZeroAndTwoForADirectoryItCannotCreateOrNoCustomers() throws Exception {
        CxRun.Result written = CxRun.in(dir, "sample", "-o", "@sample-again", "--customers", "20");
        assertThat(written.exitCode()).as(written.stderr()).isEqualTo(Cx.OK);
        assertThat(written.stderr()).isEmpty();

        Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);
        CxRun.Result onAFile = CxRun.in(dir, "sample", "-o", "@plain-file/data");
        assertThat(onAFile.exitCode()).as(onAFile.stderr()).isEqualTo(Cx.USAGE);
        assertThat(onAFile.stderr()).startsWith("cx: ").contains("plain-file");

        for (String customers : List.of("0", "-5", "many")) {
            CxRun.Result none =
                    CxRun.in(dir, "sample", "-o", "@sample-none", "--customers", customers);
            assertThat(none.exitCode()).as(customers + ": " + none.stderr()).isEqualTo(Cx.USAGE);
            assertThat(none.stderr())
                    .as(customers)
                    .contains("--customers")
                    .doesNotContain("Exception", "java.", "\tat ");
            assertThat(none.stdout()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void goodInputExitsZero(Case c) {
        CxRun.Result result = CxRun.in(dir, c.with("@" + pathOf(c.file())).toArray(String[]::new));
        assertThat(result.exitCode()).as(c.name() + ": " + result.stderr()).isEqualTo(Cx.OK);
        assertThat(result.stderr()).as(c.name()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aBadRecordExitsOneAndNamesItsFileAndLine(Case c) throws Exception {
        CxRun.Result result = CxRun.in(dir, c.with("@bad-" + c.file()).toArray(String[]::new));
        assertThat(result.exitCode())
                .as(c.name() + ": " + result.stderr())
                .isEqualTo(Cx.DATA_ERRORS);
        long line = Files.readAllLines(dir.resolve("bad-" + c.file())).size();
        assertThat(result.stderr()).as(c.name()).contains("bad-" + c.file() + ":" + line);
        assertNoJavaInternals(c, result);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void missingEmptyOrDirectoryInputIsAUsageErrorInEveryFormat(Case c) {
        for (String format : List.of("table", "csv", "json")) {
            for (String input : List.of("@no-such-" + c.file(), "@empty-" + c.file(), "@folder")) {
                List<String> args = c.with(input);
                if (!c.name().equals("report")) {
                    args.addAll(List.of("-f", format));
                }
                CxRun.Result result = CxRun.in(dir, args.toArray(String[]::new));
                assertThat(result.exitCode())
                        .as(c.name() + " " + input + " " + format + ": " + result.stderr())
                        .isEqualTo(Cx.USAGE);
                assertThat(result.stdout()).as(c.name() + " " + input).isEmpty();
                assertThat(result.stderr())
                        .as(c.name() + " " + input)
                        .startsWith("cx: ")
                        .contains(input.substring(1));
                assertNoJavaInternals(c, result);
            }
        }
    }

    private static String pathOf(String file) {
        return List.of("cdnow.csv", "ratings.csv", "comments.ndjson").contains(file)
                ? file
                : "sample/" + file;
    }

    private static void assertNoJavaInternals(Case c, CxRun.Result result) {
        assertThat(result.stderr())
                .as(c.name())
                .doesNotContain(
                        "Exception", "java.", "\tat ", "No enum constant", "Is a directory");
    }
}
