package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cx report} on the sample data, its numbers checked against counts made here from the
 * response file itself, independently of the library.
 */
class ReportCommandTest {

    @TempDir
    static Path dir;

    private static String html;
    private static List<String[]> nps;

    @BeforeAll
    static void sampleAndReport() throws Exception {
        assertThat(CxRun.in(dir, "sample", "-o", "@data").exitCode()).isZero();
        CxRun.Result report = CxRun.in(dir, "report", "@data", "--html", "@report.html");
        assertThat(report.exitCode()).as(report.stderr()).isZero();
        html = Files.readString(dir.resolve("report.html"));
        nps = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("data/responses.ndjson"))) {
            if (!line.contains("\"instrument\":\"nps\"")) {
                continue;
            }
            nps.add(new String[] {
                field(line, "touchpointId"), field(line, "time").substring(0, 7), scoreOf(line)
            });
        }
        assertThat(nps).hasSizeGreaterThan(1000);
    }

    @Test
    void headlineNpsIsPromotersMinusDetractorsWithItsN() {
        long promoters = nps.stream().filter(r -> Integer.parseInt(r[2]) >= 9).count();
        long detractors = nps.stream().filter(r -> Integer.parseInt(r[2]) <= 6).count();
        String value =
                String.format(Locale.ROOT, "%.1f", 100.0 * (promoters - detractors) / nps.size());
        assertThat(html)
                .contains("<div class=\"label\">NPS</div><div class=\"value\">" + value + "</div>")
                .contains(String.format(Locale.ROOT, "n = %,d", nps.size()));
    }

    @Test
    void monthsBelowTheMinimumNAreHollowPointsWithTheirN() {
        Map<String, Integer> perMonth = new TreeMap<>();
        nps.forEach(r -> perMonth.merge(r[1], 1, Integer::sum));
        List<Integer> small = perMonth.values().stream().filter(n -> n < 30).toList();
        assertThat(small).as("the sample's last month is thin").isNotEmpty();
        String trend = section("trend");
        assertThat(count(trend, "class=\"point small\"")).isEqualTo(small.size());
        for (int n : small) {
            assertThat(trend).contains(">n = " + n + "</text>");
        }
        assertThat(count(trend, "class=\"point\"")).isEqualTo(perMonth.size() - small.size());
    }

    @Test
    void scorecardHasOneWhiskeredBarPerTouchpointHighestNpsFirst() {
        String scorecard = section("scorecard");
        long touchpoints = nps.stream().map(r -> r[0]).distinct().count();
        assertThat(count(scorecard, "<rect class=\"bar")).isEqualTo(touchpoints);
        assertThat(count(scorecard, "<path class=\"whisker\"")).isEqualTo(touchpoints);
        List<Double> values = new ArrayList<>();
        Matcher title = Pattern.compile("<title>[^<:]+: (-?[0-9.]+) \\[").matcher(scorecard);
        while (title.find()) {
            values.add(Double.parseDouble(title.group(1)));
        }
        assertThat(values)
                .hasSize((int) touchpoints)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theFrictionTouchpointIsFlaggedLowerThanTheRestWithItsAdjustedP() {
        assertThat(section("scorecard"))
                .containsPattern(
                        "<li class=\"down\"><span aria-hidden=\"true\">\u25bc</span> support-phone: "
                                + "NPS -?[0-9.]+, [0-9.]+ points lower than at the other touchpoints "
                                + "\\(.*; adjusted p (&lt;|=) [0-9.]+\\)</li>");
    }

    @Test
    void impactOrderPutsTheTouchpointCostingMostNpsFirst() {
        CxRun.Result run =
                CxRun.in(dir, "report", "@data", "--html", "@impact.html", "--sort", "impact");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String page = readQuietly(dir.resolve("impact.html"));
        Matcher first =
                Pattern.compile("<g class=\"bar-row\" data-label=\"([^\"]+)\"").matcher(page);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo("support-phone");
    }

    @Test
    void aHigherMinimumNHatchesMoreBars() {
        CxRun.Result run =
                CxRun.in(dir, "report", "@data", "--html", "@strict.html", "--min-n", "150");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Integer> perTouchpoint = new TreeMap<>();
        nps.forEach(r -> perTouchpoint.merge(r[0], 1, Integer::sum));
        long small = perTouchpoint.values().stream().filter(n -> n < 150).count();
        String page = readQuietly(dir.resolve("strict.html"));
        String scorecard = page.substring(page.indexOf("<section id=\"scorecard\">"));
        scorecard = scorecard.substring(0, scorecard.indexOf("</section>"));
        assertThat(small).isPositive();
        assertThat(count(scorecard, "<rect class=\"bar small\"")).isEqualTo(small);
        assertThat(page).contains("rates on fewer than 150 observations");
    }

    @Test
    void anUnknownSortIsAUsageErrorNamingTheChoices() {
        CxRun.Result run =
                CxRun.in(dir, "report", "@data", "--html", "@x.html", "--sort", "alphabet");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("alphabet").contains("nps").contains("impact");
    }

    @Test
    void theHeaderNamesEveryFileWithItsRecordsAndTheDaysCovered() {
        assertThat(html)
                .containsPattern(
                        "data/responses.ndjson \\(responses\\): [0-9,]+ records read, 0 rejected")
                .containsPattern(
                        "data/interactions.ndjson \\(interactions\\): [0-9,]+ records read, 0 rejected")
                .contains("<dt>Covers</dt><dd>2025-01-");
    }

    @Test
    void aDriverThatLowersTheOutcomeIsSignedNegativeWithItsBootstrapWhisker() throws Exception {
        StringBuilder csv = new StringBuilder("ltr,ease,speed,wait\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            int ease = 1 + random.nextInt(5);
            int speed = 1 + random.nextInt(5);
            int wait = 1 + random.nextInt(5);
            double noise = random.nextDouble(-1.5, 1.5);
            long ltr = Math.max(
                    0, Math.min(10, Math.round(3 + 0.9 * ease + 0.4 * speed - 0.8 * wait + noise)));
            csv.append(ltr)
                    .append(',')
                    .append(ease)
                    .append(',')
                    .append(speed)
                    .append(',')
                    .append(wait)
                    .append('\n');
        }
        Files.writeString(dir.resolve("drivers.csv"), csv);
        CxRun.Result run = CxRun.in(
                dir,
                "report",
                "@data",
                "--html",
                "@drivers.html",
                "--drivers",
                "@drivers.csv",
                "--outcome",
                "ltr");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String page = readQuietly(dir.resolve("drivers.html"));
        String drivers = page.substring(page.indexOf("<section id=\"drivers\">"));
        assertThat(drivers)
                .contains("<td>wait</td><td>lowers</td>", "<td>ease</td><td>raises</td>")
                .containsPattern(
                        "<g class=\"bar-row\" data-label=\"wait\">\n<title>wait: -[0-9.]+% \\[-[0-9.]+%, -[0-9.]+%\\]")
                .contains("lowers ltr");
        String waitBar =
                drivers.substring(drivers.indexOf("<g class=\"bar-row\" data-label=\"wait\">"));
        assertThat(waitBar.substring(0, waitBar.indexOf("</g>")))
                .contains("fill=\"#D55E00\"", "class=\"whisker\"");
    }

    private static String section(String id) {
        String from = html.substring(html.indexOf("<section id=\"" + id + "\">"));
        return from.substring(0, from.indexOf("</section>"));
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    private static String field(String line, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(line);
        return value.find() ? value.group(1) : "";
    }

    private static String scoreOf(String line) {
        Matcher value = Pattern.compile("\"score\":(\\d+)").matcher(line);
        assertThat(value.find()).as(line).isTrue();
        return value.group(1);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
