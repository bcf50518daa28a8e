package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.BarChart;
import dev.cxkit.cli.report.chart.Range;
import dev.cxkit.cli.report.chart.ScatterChart;
import dev.cxkit.drivers.DriverImportance;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.drivers.Importance;
import dev.cxkit.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's key-driver section with signed effects. Johnson's relative weights are shares of
 * R^2 and never negative; the direction of a driver's effect is the sign of its Pearson
 * correlation with the outcome. The section plots the signed importance ({@code sign(r) x
 * share}) against performance, so a driver that lowers the outcome lies below zero instead of
 * among the drivers to raise, and draws the importance bars with their bootstrap percentile
 * intervals (signed the same way).
 */
final class DriverSection {

    private static final int RAISES = 0;
    private static final int LOWERS = 1;

    private DriverSection() {}

    static Section of(DriverReport report, String outcome, double level) {
        List<ScatterChart.Point> points = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "driver",
                "effect",
                "pearson",
                "share of R^2",
                "signed share",
                "bootstrap interval",
                "beats noise",
                "performance",
                "reading"));
        for (DriverImportance driver : report.drivers()) {
            double sign = driver.pearson() < 0 ? -1 : 1;
            Importance weight = driver.relativeWeight();
            double signed = sign * weight.share();
            Optional<Range> interval = weight.bootstrap().map(b -> signed(b.share(), sign));
            points.add(new ScatterChart.Point(
                    driver.name(), driver.performance(), signed, sign < 0 ? LOWERS : RAISES));
            bars.add(new BarChart.Bar(
                    driver.name(),
                    signed,
                    interval,
                    weight.bootstrap()
                            .map(b -> b.exceedsNoise() ? "beats noise" : "within noise")
                            .orElse(""),
                    false));
            numbers.row(List.of(
                    driver.name(),
                    sign < 0 ? "lowers" : "raises",
                    Numbers.fixed(driver.pearson(), 3),
                    Numbers.percent(weight.share()),
                    Numbers.percent(signed),
                    interval.map(r -> "[" + Numbers.percent(r.lower()) + ", "
                                    + Numbers.percent(r.upper()) + "]")
                            .orElse("-"),
                    weight.bootstrap()
                            .map(b -> Numbers.percent(b.beatsNoiseShare()))
                            .orElse("-"),
                    Numbers.percent(driver.performance()),
                    reading(driver, sign, report.quadrantThresholds().importanceShare())));
        }
        double threshold = report.quadrantThresholds().importanceShare();
        String quadrant = new ScatterChart(
                        "drivers-quadrant",
                        "Signed importance versus performance of the drivers of " + outcome,
                        AxisSpec.fixed(
                                "performance (mean rating, 0..1)",
                                new Range(0, 1),
                                DriverSection::percentTick),
                        AxisSpec.fitted("signed share of R^2", DriverSection::percentTick),
                        List.of("raises " + outcome, "lowers " + outcome))
                .render(
                        points,
                        new ScatterChart.Quadrants(
                                report.quadrantThresholds().performance(),
                                threshold,
                                "fix first",
                                "keep up",
                                "possible overkill",
                                "low priority; below 0: lowers " + outcome));
        String importance = new BarChart(
                        "drivers-importance",
                        "Signed relative importance with bootstrap intervals",
                        "signed share of R^2",
                        DriverSection::percentTick,
                        true)
                .render(bars);
        return Section.of("drivers", "Key drivers of " + outcome)
                .note(String.format(
                        Locale.ROOT,
                        "R^2 %.3f from %,d respondents. Importance is "
                                + "Johnson's relative weight as a share of R^2, signed by the direction of "
                                + "the driver's correlation with %s.",
                        report.rSquared(),
                        report.respondentsUsed(),
                        outcome))
                .figure(
                        "drivers-quadrant",
                        quadrant,
                        "Drivers above the dashed line matter more "
                                + "than average; left of the vertical line they perform below the "
                                + "threshold. A driver below zero lowers " + outcome
                                + ": reducing it, not raising it, is the fix.",
                        numbers)
                .figure(
                        "drivers-importance",
                        importance,
                        "Bars are the signed share of R^2, "
                                + "whiskers its " + Numbers.percent(level)
                                + " bootstrap percentile "
                                + "interval; a driver whose interval includes a random noise driver's "
                                + "share is marked within noise.",
                        numbers);
    }

    /** A tick label in whole percent. */
    static String percentTick(double share) {
        return Numbers.fixed(100 * share, 0) + "%";
    }

    private static Range signed(Interval share, double sign) {
        return sign > 0
                ? new Range(share.lower(), share.upper())
                : new Range(-share.upper(), -share.lower());
    }

    private static String reading(DriverImportance driver, double sign, double threshold) {
        boolean important = driver.relativeWeight().share() >= threshold;
        if (sign < 0) {
            return important ? "lowers the outcome strongly: reduce it" : "lowers the outcome";
        }
        return driver.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
