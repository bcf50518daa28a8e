package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.journey.DurationSample;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.FrictionSignal;
import dev.cxkit.journey.Funnel;
import dev.cxkit.stats.Proportion;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.model.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The journey analytics as text tables, shared by {@code cx journey} and {@code cx report}. */
final class JourneyTables {

    private JourneyTables() {}

    /** Customers reaching each stage, conversion to the next with its interval, time between. */
    static TextTable funnel(Funnel funnel, double level) {
        TextTable table = new TextTable(List.of("stage", "customers", "next stage",
                "conversion", "interval", "median time", "p90 time"));
        List<Stage> stages = funnel.stages().stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            String reached = Long.toString(funnel.reached(stage));
            if (i == stages.size() - 1) {
                table.row(List.of(stage.name(), reached, "", "", "", "", ""));
                continue;
            }
            Funnel.Step step = funnel.step(stage);
            table.row(List.of(stage.name(), reached, step.to().name(), rate(step.conversion()),
                    rateInterval(step.conversion(), level), median(step.timeBetween()),
                    percentile(step.timeBetween(), 90)));
        }
        return table;
    }

    /** Touchpoints by friction score, each signal's rate with its n. */
    static TextTable friction(FrictionReport report) {
        List<String> header = new ArrayList<>(List.of("touchpoint", "score"));
        for (FrictionSignal signal : FrictionSignal.values()) {
            header.add(signal.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        TextTable table = new TextTable(header);
        for (FrictionReport.RankedTouchpoint ranked : report.ranking()) {
            List<String> row = new ArrayList<>(List.of(ranked.touchpoint().id(),
                    Numbers.fixed(ranked.score(), 3)));
            Map<FrictionSignal, Proportion> evidence = report.evidence(ranked.touchpoint().id());
            for (FrictionSignal signal : FrictionSignal.values()) {
                Proportion rate = evidence.get(signal);
                row.add(rate == null || rate.isEmpty() ? "-"
                        : rate(rate) + " (n=" + rate.n() + ")");
            }
            table.row(row);
        }
        return table;
    }

    /** Resolution, first-contact resolution and wait/handling times per touchpoint. */
    static TextTable service(Map<String, ServiceLevel> levels, double level) {
        TextTable table = new TextTable(List.of("touchpoint", "interactions", "resolution",
                "first-contact resolution", "interval", "median wait", "p90 wait",
                "median handling"));
        levels.forEach((touchpoint, service) -> table.row(List.of(touchpoint,
                Long.toString(service.resolution().n()), rate(service.resolution()),
                rate(service.firstContactResolution()),
                rateInterval(service.firstContactResolution(), level),
                median(service.waitTime()), percentile(service.waitTime(), 90),
                median(service.handlingTime()))));
        return table;
    }

    static String rate(Proportion rate) {
        return rate.isEmpty() ? "-" : Numbers.percent(rate.value());
    }

    private static String rateInterval(Proportion rate, double level) {
        return rate.isEmpty() ? "-" : Numbers.percentInterval(rate.interval(level));
    }

    private static String median(DurationSample sample) {
        return sample.isEmpty() ? "-" : human(sample.median());
    }

    private static String percentile(DurationSample sample, double p) {
        return sample.isEmpty() ? "-" : human(sample.percentile(p));
    }

    /** A duration in the largest sensible unit: 45s, 12.5m, 3.2h, 4.1d. */
    static String human(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        if (seconds < 60) {
            return Numbers.fixed(seconds, 0) + "s";
        }
        if (seconds < 3600) {
            return Numbers.fixed(seconds / 60, 1) + "m";
        }
        if (seconds < 86_400) {
            return Numbers.fixed(seconds / 3600, 1) + "h";
        }
        return Numbers.fixed(seconds / 86_400, 1) + "d";
    }
}
