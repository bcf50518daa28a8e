package dev.cxkit.cli.command;

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
 * The report's survival section: Kaplan-Meier curves of customer lifetimes (acquisition to
 * churn, censored at the observation instant) per plan, each with its pointwise log-log
 * confidence band (Greenwood's variance; Kalbfleisch &amp; Prentice 1980), censoring ticks and
 * hollow points where fewer than the minimum n remain at risk; the medians with their intervals
 * (Brookmeyer &amp; Crowley 1982) and the log-rank test between plans.
 */
final class SurvivalSection {

    /** The customer attribute the curves are split by. */
    static final String STRATUM = "plan";

    private SurvivalSection() {}

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
        List<LineChart.Series> curves = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                STRATUM,
                "customers",
                "churned",
                "censored",
                "median (months)",
                Numbers.percent(level) + " interval",
                "S(6 months)",
                "S(6) interval"));
        for (String key : strata.keys().stream().sorted().toList()) {
            KaplanMeier curve = strata.riskSets(key).kaplanMeier();
            if (curve.isEmpty()) {
                continue;
            }
            curves.add(curve(key, curve, level, minimumN));
            numbers.row(row(key, curve, level));
        }
        String svg = new LineChart(
                        "survival-km",
                        "Share of customers still active by months since " + "acquisition, per "
                                + STRATUM,
                        AxisSpec.fitted("months since acquisition", v -> Numbers.fixed(v, 0)),
                        AxisSpec.fixed("still active", new Range(0, 1), DriverSection::percentTick))
                .render(curves);
        Section section = Section.of("survival", "Customer survival by " + STRATUM)
                .figure(
                        "survival-km",
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
                    STRATUM,
                    test.chiSquare(),
                    test.degreesOfFreedom(),
                    SurveySections.pValue(test.pValue())));
        }
        return Optional.of(section);
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

    private static List<String> row(String key, KaplanMeier curve, double level) {
        long events = curve.steps().stream().mapToLong(SurvivalStep::events).sum();
        long censored = curve.steps().stream().mapToLong(SurvivalStep::censored).sum();
        OptionalDouble median = curve.median();
        MedianInterval interval = curve.medianInterval(ConfidenceType.LOG_LOG, level);
        double last = curve.steps().get(curve.steps().size() - 1).time();
        boolean six = last >= 6;
        Interval atSix = six ? curve.interval(6, ConfidenceType.LOG_LOG, level) : null;
        return List.of(
                key,
                Long.toString(curve.riskSets().subjects()),
                Long.toString(events),
                Long.toString(censored),
                median.isPresent() ? Numbers.fixed(median.getAsDouble(), 1) : "not reached",
                "[" + bound(interval.lower()) + ", " + bound(interval.upper()) + "]",
                six ? Numbers.percent(curve.survival(6)) : "-",
                six ? Numbers.percentInterval(atSix) : "-");
    }

    private static String bound(OptionalDouble bound) {
        return bound.isPresent() ? Numbers.fixed(bound.getAsDouble(), 1) : "-";
    }
}
