package dev.cxkit.cli.command;

import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.input.DurationUnit;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.LineChart;
import dev.cxkit.cli.report.chart.Range;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.CustomerLifetimes;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.LogRankTest;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.Strata;
import dev.cxkit.survival.SurvivalStep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report's survival sections: Kaplan-Meier curves of customer lifetimes per group, each
 * with its pointwise log-log confidence band (Greenwood's variance; Kalbfleisch &amp; Prentice
 * 1980), censoring ticks and hollow points where fewer than the minimum n remain at risk; the
 * medians with their intervals (Brookmeyer &amp; Crowley 1982), survival at a horizon and the
 * log-rank test between groups. Lifetimes come from customer records (acquisition to churn,
 * censored at the observation instant, in months, per plan) or from a churn table (its
 * durations and events, per the values of a column).
 */
final class SurvivalSection {

    /** The customer attribute the curves of customer records are split by. */
    static final String STRATUM = "plan";

    /** Survival of customer records is shown at 6 months. */
    private static final double CUSTOMER_HORIZON = 6;

    private SurvivalSection() {}

    /**
     * The section of customer records, or empty when none was acquired before {@code asOf}.
     *
     * @param asOf the instant the data were observed: active customers are censored then
     */
    static Optional<Section> of(
            List<Customer> customers, Instant asOf, double level, long minimumN) {
        List<Customer> observed = customers.stream()
                .filter(customer -> customer.acquiredAt().isBefore(asOf))
                .toList();
        if (observed.isEmpty()) {
            return Optional.empty();
        }
        Strata<String> strata = CustomerLifetimes.strata(
                observed,
                customer -> customer.attributes().getOrDefault(STRATUM, "all"),
                asOf,
                ChronoUnit.MONTHS);
        return Optional.of(section(
                "survival",
                "Customer survival by " + STRATUM,
                strata,
                STRATUM,
                "months since acquisition",
                "months",
                CUSTOMER_HORIZON,
                level,
                minimumN));
    }

    /**
     * The section of a churn table, its curves per value of {@code by} (one curve without).
     *
     * @param unit the unit of the table's durations; survival is shown at one year in it
     */
    static Section ofChurnTable(
            ChurnTable table, Optional<String> by, DurationUnit unit, double level, long minimumN) {
        String group = by.orElse("all customers");
        return section(
                "table-survival",
                "Customer survival by " + group + " (churn table)",
                LifetimeTables.strata(table, by),
                by.orElse("group"),
                unit.label() + " of tenure",
                unit.label(),
                unit.defaultHorizon(),
                level,
                minimumN);
    }

    /**
     * The curves of {@code strata} with their numbers and, for several groups, the log-rank
     * test; the chart's id is the section's followed by {@code -km}.
     */
    private static Section section(
            String id,
            String heading,
            Strata<String> strata,
            String stratum,
            String axis,
            String unit,
            double horizon,
            double level,
            long minimumN) {
        String at = Numbers.fixed(horizon, 0);
        List<LineChart.Series> curves = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                stratum,
                "customers",
                "churned",
                "censored",
                "median (" + unit + ")",
                Numbers.percent(level) + " interval",
                "S(" + at + " " + unit + ")",
                "S(" + at + ") interval"));
        for (String key : strata.keys().stream().sorted().toList()) {
            KaplanMeier curve = strata.riskSets(key).kaplanMeier();
            if (curve.isEmpty()) {
                continue;
            }
            curves.add(curve(key, curve, level, minimumN));
            numbers.row(row(key, curve, horizon, level));
        }
        String svg = new LineChart(
                        id + "-km",
                        "Share of customers still active by " + axis + ", per " + stratum,
                        AxisSpec.fitted(axis, v -> Numbers.fixed(v, 0)),
                        AxisSpec.fixed("still active", new Range(0, 1), DriverSection::percentTick))
                .render(curves);
        Section section = Section.of(id, heading)
                .figure(
                        id + "-km",
                        svg,
                        "Kaplan-Meier curves with their " + Numbers.percent(level)
                                + " log-log bands; ticks mark customers still active when observed "
                                + "(censored), hollow points steps with fewer than " + minimumN
                                + " customers at risk.",
                        numbers);
        if (strata.keys().size() > 1) {
            LogRankTest<String> test = strata.logRank();
            section.note(String.format(
                    Locale.ROOT,
                    "Log-rank test of equal survival across %s: chi-square %.2f on %d degrees "
                            + "of freedom, %s.",
                    stratum,
                    test.chiSquare(),
                    test.degreesOfFreedom(),
                    SurveySections.pValue(test.pValue())));
        }
        return section;
    }

    private static LineChart.Series curve(
            String key, KaplanMeier curve, double level, long minimumN) {
        List<LineChart.Point> points = new ArrayList<>();
        points.add(new LineChart.Point(0, 1, Optional.of(new Range(1, 1)), false, ""));
        List<Double> censored = new ArrayList<>();
        for (SurvivalStep step : curve.steps()) {
            if (step.censored() > 0) {
                censored.add(step.time());
            }
            if (step.events() == 0) {
                continue;
            }
            Interval band = curve.interval(step.time(), ConfidenceType.LOG_LOG, level);
            points.add(new LineChart.Point(
                    step.time(),
                    step.survival(),
                    Optional.of(new Range(band.lower(), band.upper())),
                    step.atRisk() < minimumN,
                    ""));
        }
        double last = curve.steps().get(curve.steps().size() - 1).time();
        if (last > points.get(points.size() - 1).x()) {
            LineChart.Point end = points.get(points.size() - 1);
            points.add(new LineChart.Point(last, end.y(), end.band(), false, ""));
        }
        return new LineChart.Series(key, points, true, false, censored);
    }

    private static List<String> row(String key, KaplanMeier curve, double horizon, double level) {
        long events = curve.steps().stream().mapToLong(SurvivalStep::events).sum();
        long censored = curve.steps().stream().mapToLong(SurvivalStep::censored).sum();
        OptionalDouble median = curve.median();
        MedianInterval interval = curve.medianInterval(ConfidenceType.LOG_LOG, level);
        boolean estimated = curve.isEstimatedAt(horizon);
        return List.of(
                key,
                Long.toString(curve.riskSets().subjects()),
                Long.toString(events),
                Long.toString(censored),
                median.isPresent() ? Numbers.fixed(median.getAsDouble(), 1) : "not reached",
                "[" + bound(interval.lower()) + ", " + bound(interval.upper()) + "]",
                estimated ? Numbers.percent(curve.survival(horizon)) : "-",
                estimated
                        ? Numbers.percentInterval(
                                curve.interval(horizon, ConfidenceType.LOG_LOG, level))
                        : "-");
    }

    private static String bound(OptionalDouble bound) {
        return bound.isPresent() ? Numbers.fixed(bound.getAsDouble(), 1) : "-";
    }
}
