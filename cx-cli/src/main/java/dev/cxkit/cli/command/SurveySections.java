package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.BarChart;
import dev.cxkit.cli.report.chart.LineChart;
import dev.cxkit.cli.report.chart.Range;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.Adjustment;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.RowComparison;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.scorecard.ScorecardRow;
import dev.cxkit.stats.Interval;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's survey sections: the headline NPS, CSAT and CES, the NPS trend by month and the
 * scorecard by touchpoint. Every rate carries its n and interval; rows on fewer than the minimum
 * n are marked as small samples; rows that differ significantly from the previous month or from
 * the rest of the responses (p-values adjusted across the rows tested) are flagged with their
 * adjusted p-value.
 */
final class SurveySections {

    /** How the touchpoint scorecard is ordered. */
    enum Sort {
        /** Highest NPS first. */
        NPS,
        /**
         * Largest friction impact first: {@code n x (overall NPS - row NPS)}, the NPS points the
         * row costs the whole, summed over its responses.
         */
        IMPACT
    }

    private final List<SurveyResponse> responses;
    private final double level;
    private final long minimumN;
    private final Adjustment adjustment;
    private final ZoneId zone;

    SurveySections(
            List<SurveyResponse> responses,
            double level,
            long minimumN,
            Adjustment adjustment,
            ZoneId zone) {
        this.responses = responses;
        this.level = level;
        this.minimumN = minimumN;
        this.adjustment = adjustment;
        this.zone = zone;
    }

    /** The headline NPS, CSAT and CES, each with its interval and n, where there are responses. */
    void headlines(HtmlReport page) {
        headline(page, "NPS", ScoreMetric.nps(), value -> Numbers.fixed(value, 1));
        headline(page, "CSAT (top 2 of 1..5)", ScoreMetric.csat(), Numbers::percent);
        headline(
                page,
                "CES (mean of 1..7)",
                ScoreMetric.cesMean(),
                value -> Numbers.fixed(value, 2));
    }

    private void headline(
            HtmlReport page, String label, ScoreMetric metric, DoubleFunction<String> format) {
        Scorecard total = scorecard(metric, List.of());
        if (total.isEmpty()) {
            return;
        }
        ScorecardRow row = total.total();
        String interval = row.interval()
                .map(i -> "[" + format.apply(i.lower()) + ", " + format.apply(i.upper()) + "], ")
                .orElse("");
        page.headline(
                label,
                format.apply(row.value()),
                interval
                        + String.format(Locale.ROOT, "n = %,d", row.n())
                        + (row.n() < minimumN ? " (small sample)" : ""));
    }

    /** NPS by month with its interval band, small months marked, changes flagged. */
    Optional<Section> trend() {
        Scorecard months =
                scorecard(ScoreMetric.nps(), List.of(GroupKey.period(CalendarPeriod.MONTH, zone)));
        if (months.isEmpty()) {
            return Optional.empty();
        }
        Map<List<String>, RowComparison> changes =
                byKey(months.compareWithPreviousPeriod(adjustment));
        List<String> labels =
                months.rows().stream().map(row -> row.key().get(0)).toList();
        List<LineChart.Point> points = new ArrayList<>();
        TextTable numbers = new TextTable(
                List.of("month", "n", "NPS", interval(), "small sample", "change", "adjusted p"));
        List<Section.Flag> flags = new ArrayList<>();
        for (int i = 0; i < months.rows().size(); i++) {
            ScorecardRow row = months.rows().get(i);
            Optional<RowComparison> change = Optional.ofNullable(changes.get(row.key()));
            boolean significant = change.filter(c -> c.isSignificant(1 - level)).isPresent();
            String note = row.smallSample()
                    ? "n = " + row.n()
                    : significant
                            ? arrow(change.get()) + " " + pValue(change.get().adjustedPValue())
                            : "";
            points.add(new LineChart.Point(
                    i,
                    row.value(),
                    row.interval().map(SurveySections::range),
                    row.smallSample(),
                    note));
            numbers.row(List.of(
                    labels.get(i),
                    Long.toString(row.n()),
                    Numbers.fixed(row.value(), 1),
                    row.interval().map(v -> Numbers.interval(v, 1)).orElse("-"),
                    row.smallSample() ? "yes" : "no",
                    change.map(c -> signed(c.difference().value())).orElse("-"),
                    change.map(c -> pValue(c.adjustedPValue())).orElse("-")));
            if (significant) {
                flags.add(flag(
                        row, change.get(), "than in " + change.get().baseline().get(0)));
            }
        }
        LineChart chart = new LineChart(
                "trend-nps",
                "NPS by month with its interval band",
                AxisSpec.categories("month", labels, 8),
                AxisSpec.fitted("NPS (points)", value -> Numbers.fixed(value, 0)));
        String svg =
                chart.render(List.of(new LineChart.Series("NPS", points, false, true, List.of())));
        return Optional.of(Section.of("trend", "NPS by month")
                .figure(
                        "trend-nps",
                        svg,
                        "The line is NPS per month, the band its "
                                + Numbers.percent(level)
                                + " interval. Hollow points with their n are months "
                                + "with fewer than " + minimumN
                                + " responses: noise, not a trend. Arrows "
                                + "mark months that differ from the month before after the "
                                + adjustmentName() + " adjustment.",
                        numbers)
                .flags("Changes from the month before", flags));
    }

    /** The scorecard by touchpoint: NPS bars with whiskers, CSAT and CES beside them. */
    Optional<Section> scorecard(Sort sort) {
        Scorecard nps = scorecard(ScoreMetric.nps(), List.of(GroupKey.touchpoint()));
        if (nps.isEmpty()) {
            return Optional.empty();
        }
        double overall = nps.total().value();
        Scorecard csat = scorecard(ScoreMetric.csat(), List.of(GroupKey.touchpoint()));
        Scorecard ces = scorecard(ScoreMetric.cesMean(), List.of(GroupKey.touchpoint()));
        Map<List<String>, RowComparison> versusRest = byKey(nps.compareWithRest(adjustment));
        Comparator<ScorecardRow> order = sort == Sort.NPS
                ? Comparator.comparingDouble(ScorecardRow::value).reversed()
                : Comparator.comparingDouble((ScorecardRow row) -> impact(row, overall))
                        .reversed();
        List<ScorecardRow> rows = nps.rows().stream().sorted(order).toList();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Section.Flag> flags = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "touchpoint",
                "NPS n",
                "NPS",
                interval(),
                "vs rest",
                "adjusted p",
                "impact (n x gap)",
                "CSAT n",
                "CSAT",
                "CES n",
                "CES mean"));
        for (ScorecardRow row : rows) {
            String id = row.key().get(0);
            Optional<RowComparison> test = Optional.ofNullable(versusRest.get(row.key()));
            boolean significant = test.filter(c -> c.isSignificant(1 - level)).isPresent();
            bars.add(new BarChart.Bar(
                    id,
                    row.value(),
                    row.interval().map(SurveySections::range),
                    "n = " + row.n()
                            + (significant
                                    ? " " + arrow(test.get()) + " "
                                            + pValue(test.get().adjustedPValue())
                                    : ""),
                    row.smallSample()));
            if (significant) {
                flags.add(flag(row, test.get(), "than at the other touchpoints"));
            }
            Optional<ScorecardRow> satisfied = csat.row(row.key());
            Optional<ScorecardRow> effort = ces.row(row.key());
            numbers.row(List.of(
                    id,
                    Long.toString(row.n()),
                    Numbers.fixed(row.value(), 1),
                    row.interval().map(v -> Numbers.interval(v, 1)).orElse("-"),
                    test.map(c -> signed(c.difference().value())).orElse("-"),
                    test.map(c -> pValue(c.adjustedPValue())).orElse("-"),
                    Numbers.fixed(impact(row, overall), 0),
                    satisfied.map(s -> Long.toString(s.n())).orElse("0"),
                    satisfied.map(s -> Numbers.percent(s.value())).orElse("-"),
                    effort.map(s -> Long.toString(s.n())).orElse("0"),
                    effort.map(s -> Numbers.fixed(s.value(), 2)).orElse("-")));
        }
        String svg = new BarChart(
                        "scorecard-nps",
                        "NPS by touchpoint with " + Numbers.percent(level) + " intervals",
                        "NPS (points)",
                        value -> Numbers.fixed(value, 0),
                        true)
                .render(bars);
        return Optional.of(Section.of("scorecard", "Scorecard by touchpoint")
                .note(
                        sort == Sort.NPS
                                ? "Touchpoints by NPS, highest first (--sort impact orders them by friction "
                                        + "impact)."
                                : "Touchpoints by friction impact, n x (overall NPS "
                                        + Numbers.fixed(overall, 1)
                                        + " - touchpoint NPS): the NPS points a touchpoint costs, summed over "
                                        + "its responses, largest first.")
                .figure(
                        "scorecard-nps",
                        svg,
                        "Bars are NPS, whiskers its " + Numbers.percent(level)
                                + " interval; hatched bars rest on fewer than " + minimumN
                                + " responses. "
                                + "Arrows mark touchpoints that differ from all other responses after the "
                                + adjustmentName() + " adjustment.",
                        numbers)
                .flags("Touchpoints that differ from the rest", flags));
    }

    /** {@code n x (overall - value)}: positive when the row pulls the whole down. */
    static double impact(ScorecardRow row, double overall) {
        return row.n() * (overall - row.value());
    }

    private Section.Flag flag(ScorecardRow row, RowComparison comparison, String baseline) {
        double difference = comparison.difference().value();
        return new Section.Flag(
                difference > 0,
                String.format(
                        Locale.ROOT,
                        "%s: NPS %s, %s points %s %s (%s vs %s, n = %,d; adjusted %s)",
                        String.join(" ", row.key()),
                        Numbers.fixed(row.value(), 1),
                        Numbers.fixed(Math.abs(difference), 1),
                        difference > 0 ? "higher" : "lower",
                        baseline,
                        Numbers.fixed(row.value(), 1),
                        Numbers.fixed(comparison.baselineValue(), 1),
                        row.n(),
                        pValue(comparison.adjustedPValue())));
    }

    private Scorecard scorecard(ScoreMetric metric, List<GroupKey> keys) {
        GroupedScoreAccumulator groups = GroupedScoreAccumulator.create(metric.scale(), keys);
        for (SurveyResponse response : responses) {
            if (response.scale().equals(metric.scale())) {
                groups.add(response);
            }
        }
        return Scorecard.of(metric, groups.snapshot(), level, minimumN);
    }

    private String interval() {
        return Numbers.percent(level) + " interval";
    }

    private String adjustmentName() {
        return switch (adjustment) {
            case NONE -> "no";
            case BONFERRONI -> "Bonferroni";
            case HOLM -> "Holm";
            case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
        };
    }

    private static Map<List<String>, RowComparison> byKey(List<RowComparison> comparisons) {
        return comparisons.stream()
                .collect(Collectors.toMap(RowComparison::key, Function.identity()));
    }

    private static String arrow(RowComparison comparison) {
        return comparison.difference().value() > 0 ? "\u25b2" : "\u25bc";
    }

    static Range range(Interval interval) {
        return new Range(interval.lower(), interval.upper());
    }

    static String signed(double value) {
        return (value > 0 ? "+" : "") + Numbers.fixed(value, 1);
    }

    /** {@code p = 0.004}, or {@code p < 0.001} below a thousandth. */
    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + Numbers.fixed(p, 3);
    }
}
