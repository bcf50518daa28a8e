package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.BarChart;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.Funnel;
import dev.cxkit.model.Stage;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's journey sections: the stage funnel (the share of customers reaching each stage,
 * with Wilson intervals) and the friction ranking.
 */
final class JourneySections {

    private JourneySections() {}

    /** The funnel: one bar per stage, the share of all customers who reached it. */
    static Section funnel(Funnel funnel, double level) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Stage stage : funnel.stages().stages()) {
            Proportion reached = new Proportion(
                    "reached " + stage.name(), funnel.reached(stage), funnel.customers());
            Interval interval = reached.interval(level);
            bars.add(new BarChart.Bar(
                    stage.name(),
                    reached.value(),
                    Optional.of(SurveySections.range(interval)),
                    "n = " + reached.count(),
                    false));
        }
        String svg = new BarChart(
                        "funnel-reach",
                        "Share of customers reaching each stage",
                        "share of " + funnel.customers() + " customers",
                        DriverSection::percentTick,
                        false)
                .render(bars);
        return Section.of("funnel", "Stage funnel")
                .figure(
                        "funnel-reach",
                        svg,
                        "Bars are the share of all customers who reached a "
                                + "stage, whiskers its " + Numbers.percent(level)
                                + " Wilson interval.",
                        JourneyTables.funnel(funnel, level, "Stage funnel").text());
    }

    /** The friction ranking: one bar per touchpoint, most friction first. */
    static Section friction(FrictionReport friction) {
        List<BarChart.Bar> bars = friction.ranking().stream()
                .map(ranked -> new BarChart.Bar(
                        ranked.touchpoint().id(), ranked.score(), Optional.empty(), "", false))
                .toList();
        TextTable numbers = JourneyTables.friction(friction, "Friction ranking").text();
        String svg = new BarChart(
                        "friction-score",
                        "Friction score by touchpoint",
                        "friction score",
                        value -> Numbers.fixed(value, 1),
                        false)
                .render(bars);
        return Section.of("friction", "Friction ranking")
                .figure(
                        "friction-score",
                        svg,
                        "Touchpoints ranked by how far their friction "
                                + "signals (low scores, effort, abandonment, repeat contact, escalation) "
                                + "exceed the base rates; the table gives each signal's rate and n.",
                        numbers);
    }
}
