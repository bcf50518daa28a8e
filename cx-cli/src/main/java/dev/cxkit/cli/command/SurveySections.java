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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's survey sections: the headline NPS, CSAT and CES, and for each of them with
 * responses its trend by month and its scorecard by touchpoint. Every rate carries its n and
 * interval; rows on fewer than the minimum n are marked as small samples; rows that differ
 * significantly from the previous month or from the rest of the responses (p-values adjusted
 * across the rows tested) are flagged with their adjusted p-value.
 */
final class SurveySections {

    /** How the touchpoint scorecards are ordered. */
    enum Sort {
        /** Highest value of the scorecard's metric first (NPS, CSAT or CES). */
        NPS,
        /**
         * Largest friction impact first: {@code n x (overall value - row value)}, what the row
         * costs the whole in the metric's unit, summed over its responses.
         */
        IMPACT
    }

    /**
     * How the report names, draws and prints a metric.
     *
     * @param id the metric in section and chart ids
     * @param name the metric's short name
     * @param label the headline's label, with its scale
     * @param metric the metric
     * @param axis the value axis title, with its unit
     * @param value formats a value (NPS points, CSAT as %, CES mean)
     * @param tick formats an axis tick
     * @param differenceScale multiplies a difference into {@code differenceUnit}
     * @param differenceDecimals decimals of a difference
     * @param differenceUnit the unit differences are printed in
     */
    private record View(
            String id,
            String name,
            String label,
            ScoreMetric metric,
            String axis,
            DoubleFunction<String> value,
            DoubleFunction<String> tick,
            double differenceScale,
            int differenceDecimals,
            String differenceUnit) {

        /** A change in the difference unit, signed. */
        String signed(double change) {
            return (change > 0 ? "+" : "") + difference(change);
        }

        /** A change in the difference unit. */
        String difference(double change) {
            return Numbers.fixed(differenceScale * change, differenceDecimals);
        }

        /** An interval of the metric, {@code [lower, upper]}. */
        String interval(Interval interval) {
            return "[" + value.apply(interval.lower()) + ", " + value.apply(interval.upper()) + "]";
        }
    }

    /** NPS, CSAT (top-2 box of 1..5, a share shown as %) and CES (mean of 1..7). */
    private static final List<View> VIEWS = List.of(
            new View(
                    "nps",
                    "NPS",
                    "NPS",
                    ScoreMetric.nps(),
                    "NPS (points)",
                    value -> Numbers.fixed(value, 1),
                    value -> Numbers.fixed(value, 0),
                    1,
                    1,
                    "points"),
            new View(
                    "csat",
                    "CSAT",
                    "CSAT (top 2 of 1..5)",
                    ScoreMetric.csat(),
                    "CSAT (share of 4 and 5)",
                    Numbers::percent,
                    DriverSection::percentTick,
                    100,
                    1,
                    "percentage points"),
            new View(
                    "ces",
                    "CES",
                    "CES (mean of 1..7)",
                    ScoreMetric.cesMean(),
                    "CES (mean of 1..7, higher is easier)",
                    value -> Numbers.fixed(value, 2),
                    value -> Numbers.fixed(value, 1),
                    1,
                    2,
                    "scale points"));

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
        for (View view : VIEWS) {
            Scorecard total = scorecard(view.metric(), List.of());
            if (total.isEmpty()) {
                continue;
            }
            ScorecardRow row = total.total();
            String interval = row.interval().map(i -> view.interval(i) + ", ").orElse("");
            page.headline(
                    view.label(),
                    view.value().apply(row.value()),
                    interval
                            + String.format(Locale.ROOT, "n = %,d", row.n())
                            + (row.n() < minimumN ? " (small sample)" : ""));
        }
    }

    /** The trend by month of each metric with responses: NPS, then CSAT, then CES. */
    List<Section> trends() {
        List<Section> sections = new ArrayList<>();
        for (View view : VIEWS) {
            trend(view).ifPresent(sections::add);
        }
        return sections;
    }

    /** The scorecard by touchpoint of each metric with responses: NPS, then CSAT, then CES. */
    List<Section> scorecards(Sort sort) {
        List<Section> sections = new ArrayList<>();
        for (View view : VIEWS) {
            scorecard(view, sort).ifPresent(sections::add);
        }
        return sections;
    }

    /** The metric by month with its interval band, small months marked, changes flagged. */
    private Optional<Section> trend(View view) {
        Scorecard months =
                scorecard(view.metric(), List.of(GroupKey.period(CalendarPeriod.MONTH, zone)));
        if (months.isEmpty()) {
            return Optional.empty();
        }
        Map<List<String>, RowComparison> changes =
                byKey(months.compareWithPreviousPeriod(adjustment));
        List<String> labels =
                months.rows().stream().map(row -> row.key().get(0)).toList();
        List<LineChart.Point> points = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "month",
                "n",
                view.name(),
                interval(),
                "small sample",
                "change (" + view.differenceUnit() + ")",
                "adjusted p"));
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
                    view.value().apply(row.value()),
                    row.interval().map(view::interval).orElse("-"),
                    row.smallSample() ? "yes" : "no",
                    change.map(c -> view.signed(c.difference().value())).orElse("-"),
                    change.map(c -> pValue(c.adjustedPValue())).orElse("-")));
            if (significant) {
                flags.add(flag(
                        view,
                        row,
                        change.get(),
                        "than in " + change.get().baseline().get(0)));
            }
        }
        String id = "trend-" + view.id();
        LineChart chart = new LineChart(
                id,
                view.name() + " by month with its interval band",
                AxisSpec.categories("month", labels, 8),
                AxisSpec.fitted(view.axis(), view.tick()));
        String svg = chart.render(
                List.of(new LineChart.Series(view.name(), points, false, true, List.of())));
        return Optional.of(
                Section.of(view.id().equals("nps") ? "trend" : id, view.name() + " by month")
                        .figure(
                                id,
                                svg,
                                "The line is " + view.name() + " per month, the band its "
                                        + Numbers.percent(level)
                                        + " interval. Hollow points with their n are months "
                                        + "with fewer than " + minimumN
                                        + " responses: noise, not a trend. Arrows "
                                        + "mark months that differ from the month before after the "
                                        + adjustmentName() + " adjustment.",
                                numbers)
                        .flags("Changes from the month before", flags));
    }

    /**
     * The scorecard of {@code view} by touchpoint: bars with whiskers, the other metrics beside
     * them in the table; empty without responses or when none names a touchpoint.
     */
    private Optional<Section> scorecard(View view, Sort sort) {
        Scorecard card = scorecard(view.metric(), List.of(GroupKey.touchpoint()));
        if (card.isEmpty()
                || card.rows().stream().allMatch(row -> row.key().get(0).equals(GroupKey.NONE))) {
            return Optional.empty();
        }
        double overall = card.total().value();
        Map<List<String>, RowComparison> versusRest = byKey(card.compareWithRest(adjustment));
        Comparator<ScorecardRow> order = sort == Sort.NPS
                ? Comparator.comparingDouble(ScorecardRow::value).reversed()
                : Comparator.comparingDouble((ScorecardRow row) -> impact(row, overall))
                        .reversed();
        List<ScorecardRow> rows = card.rows().stream().sorted(order).toList();
        Map<View, Scorecard> others = new LinkedHashMap<>();
        for (View other : VIEWS) {
            Scorecard beside = scorecard(other.metric(), List.of(GroupKey.touchpoint()));
            if (other != view && !beside.isEmpty()) {
                others.put(other, beside);
            }
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Section.Flag> flags = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                "touchpoint",
                view.name() + " n",
                view.name(),
                interval(),
                "vs rest (" + view.differenceUnit() + ")",
                "adjusted p",
                "impact (n x gap)"));
        others.keySet().forEach(other -> header.addAll(List.of(other.name() + " n", other.name())));
        TextTable numbers = new TextTable(header);
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
                flags.add(flag(view, row, test.get(), "than at the other touchpoints"));
            }
            List<String> cells = new ArrayList<>(List.of(
                    id,
                    Long.toString(row.n()),
                    view.value().apply(row.value()),
                    row.interval().map(view::interval).orElse("-"),
                    test.map(c -> view.signed(c.difference().value())).orElse("-"),
                    test.map(c -> pValue(c.adjustedPValue())).orElse("-"),
                    Numbers.fixed(view.differenceScale() * impact(row, overall), 0)));
            others.forEach((other, beside) -> {
                Optional<ScorecardRow> match = beside.row(row.key());
                cells.add(match.map(m -> Long.toString(m.n())).orElse("0"));
                cells.add(match.map(m -> other.value().apply(m.value())).orElse("-"));
            });
            numbers.row(cells);
        }
        String id = "scorecard-" + view.id();
        String svg = new BarChart(
                        id,
                        view.name() + " by touchpoint with " + Numbers.percent(level)
                                + " intervals",
                        view.axis(),
                        view.tick(),
                        true)
                .render(bars);
        String name = view.name();
        return Optional.of(Section.of(
                        view.id().equals("nps") ? "scorecard" : id,
                        (view.id().equals("nps") ? "Scorecard" : name + " scorecard")
                                + " by touchpoint")
                .note(
                        sort == Sort.NPS
                                ? "Touchpoints by " + name + ", highest first (--sort impact "
                                        + "orders them by friction impact)."
                                : "Touchpoints by friction impact, n x (overall " + name + " "
                                        + view.value().apply(overall) + " - touchpoint " + name
                                        + "): what a touchpoint costs the whole, summed over its "
                                        + "responses, largest first.")
                .figure(
                        id,
                        svg,
                        "Bars are " + name + ", whiskers its " + Numbers.percent(level)
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

    private Section.Flag flag(
            View view, ScorecardRow row, RowComparison comparison, String baseline) {
        double difference = comparison.difference().value();
        return new Section.Flag(
                difference > 0,
                String.format(
                        Locale.ROOT,
                        "%s: %s %s, %s %s %s %s (%s vs %s, n = %,d; adjusted %s)",
                        String.join(" ", row.key()),
                        view.name(),
                        view.value().apply(row.value()),
                        view.difference(Math.abs(difference)),
                        view.differenceUnit(),
                        difference > 0 ? "higher" : "lower",
                        baseline,
                        view.value().apply(row.value()),
                        view.value().apply(comparison.baselineValue()),
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

    /** {@code p = 0.004}, or {@code p < 0.001} below a thousandth. */
    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + Numbers.fixed(p, 3);
    }
}
