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
 * {@code cx report} of a CSAT-only review export (1..5 stars, no NPS, no CES), read with flags
 * as an analyst exports it: CSAT gets its trend by month and its scorecard by product category
 * (mapped to the touchpoint), with intervals, n, small-sample marks and flags. Every number is
 * checked against counts made here from the reviews the generator wrote.
 */
class CsatReportTest {

    private static final int MINIMUM_N = 110;

    @TempDir
    static Path dir;

    private static List<ReviewExport.Review> reviews;
    private static String html;

    @BeforeAll
    static void reportOfAReviewExport() throws Exception {
        reviews = ReviewExport.write(dir.resolve("order_reviews.csv"), 1200, 5);
        CxRun.Result result = CxRun.in(
                dir,
                TestFiles.commandLine(
                        "report",
                        "--responses",
                        "@order_reviews.csv",
                        ReviewExport.FLAGS,
                        "--column",
                        "touchpointId=product_category_name",
                        "--language",
                        "pt",
                        "--min-n",
                        Integer.toString(MINIMUM_N),
                        "--html",
                        "@csat.html",
                        "-q"));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        html = Files.readString(dir.resolve("csat.html"));
    }

    @Test
    void withoutNpsResponsesThereIsNoNpsTrendOrScorecard() {
        assertThat(html)
                .doesNotContain("<section id=\"trend\">")
                .doesNotContain("<section id=\"scorecard\">")
                .doesNotContain("data-chart=\"trend-nps\"")
                .doesNotContain("<section id=\"trend-ces\">");
    }

    @Test
    void csatByMonthIsTheTopTwoBoxShareWithItsNAndSmallMonthsHollow() {
        Map<String, int[]> months = new TreeMap<>();
        for (ReviewExport.Review review : reviews) {
            int[] counts = months.computeIfAbsent(
                    review.created().toString().substring(0, 7), month -> new int[2]);
            counts[0]++;
            counts[1] += review.stars() >= 4 ? 1 : 0;
        }
        String trend = ChurnTableReportTest.section(html, "trend-csat");
        assertThat(trend).contains("<h2>CSAT by month</h2>", "data-chart=\"trend-csat\"");
        long small = 0;
        for (Map.Entry<String, int[]> month : months.entrySet()) {
            int n = month.getValue()[0];
            small += n < MINIMUM_N ? 1 : 0;
            assertThat(trend)
                    .containsPattern("<tr><td[^>]*>" + month.getKey() + "</td><td[^>]*>" + n
                            + "</td><td[^>]*>" + percent(month.getValue()[1], n)
                            + "</td><td[^>]*>\\[[0-9.]+%, [0-9.]+%\\]</td><td[^>]*>"
                            + (n < MINIMUM_N ? "yes" : "no") + "</td>");
        }
        assertThat(small).as("months below --min-n in this export").isPositive();
        assertThat(ChurnTableReportTest.count(trend, "class=\"point small\"")).isEqualTo(small);
        assertThat(ChurnTableReportTest.count(trend, "class=\"point\""))
                .isEqualTo(months.size() - small);
    }

    @Test
    void theScorecardHasOneWhiskeredBarPerCategoryHighestCsatFirst() {
        Map<String, int[]> categories = new TreeMap<>();
        for (ReviewExport.Review review : reviews) {
            int[] counts = categories.computeIfAbsent(review.category(), c -> new int[2]);
            counts[0]++;
            counts[1] += review.stars() >= 4 ? 1 : 0;
        }
        String scorecard = ChurnTableReportTest.section(html, "scorecard-csat");
        assertThat(scorecard).contains("<h2>CSAT scorecard by touchpoint</h2>");
        assertThat(ChurnTableReportTest.count(scorecard, "<rect class=\"bar"))
                .isEqualTo(categories.size());
        assertThat(ChurnTableReportTest.count(scorecard, "<path class=\"whisker\""))
                .isEqualTo(categories.size());
        assertThat(ChurnTableReportTest.count(scorecard, "<rect class=\"bar small\""))
                .isEqualTo(categories.values().stream()
                        .filter(counts -> counts[0] < MINIMUM_N)
                        .count())
                .isPositive();
        for (Map.Entry<String, int[]> category : categories.entrySet()) {
            int[] counts = category.getValue();
            assertThat(scorecard)
                    .containsPattern("<tr><td[^>]*>" + category.getKey() + "</td><td[^>]*>"
                            + counts[0] + "</td><td[^>]*>" + percent(counts[1], counts[0])
                            + "</td>");
        }
        List<Double> shown = new ArrayList<>();
        Matcher title = Pattern.compile("<title>[^<:]+: ([0-9.]+)% \\[").matcher(scorecard);
        while (title.find()) {
            shown.add(Double.parseDouble(title.group(1)));
        }
        assertThat(shown)
                .hasSize(categories.size())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theCategoryDrawingTheLowScoresIsFlaggedInPercentagePointsWithItsAdjustedP() {
        assertThat(ChurnTableReportTest.section(html, "scorecard-csat"))
                .containsPattern("<li class=\"down\"><span aria-hidden=\"true\">\u25bc</span> "
                        + "moveis_decoracao: CSAT [0-9.]+%, [0-9.]+ percentage points lower "
                        + "than at the other touchpoints \\([0-9.]+% vs [0-9.]+%, n = [0-9,]+; "
                        + "adjusted p (&lt;|=) [0-9.]+\\)</li>");
    }

    @Test
    void theHeadlineIsTheCsatShareOfAllReviews() {
        long satisfied = reviews.stream().filter(r -> r.stars() >= 4).count();
        assertThat(html)
                .contains("<div class=\"label\">CSAT (top 2 of 1..5)</div><div class=\"value\">"
                        + percent(satisfied, reviews.size()) + "</div>");
    }

    private static String percent(long count, long n) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / n);
    }
}
