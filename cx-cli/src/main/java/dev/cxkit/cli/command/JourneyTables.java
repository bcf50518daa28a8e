package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.Table;
import dev.cxkit.journey.DurationSample;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.FrictionSignal;
import dev.cxkit.journey.Funnel;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.model.Stage;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The journey analytics as tables, shared by {@code cx journey} and {@code cx report}. */
final class JourneyTables {

    private JourneyTables() {}

    /** Customers reaching each stage, conversion to the next with its interval, time between. */
    static Table funnel(Funnel funnel, double level, String title) {
        Table table = Table.of("funnel", title)
                .text("stage", "stage")
                .count("customers", "customers")
                .text("nextStage", "next stage")
                .percent("conversion", "conversion")
                .interval("conversion", "interval", Numbers::percent)
                .value("medianTimeSeconds", "median time", JourneyTables::human)
                .value("p90TimeSeconds", "p90 time", JourneyTables::human);
        List<Stage> stages = funnel.stages().stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            long reached = funnel.reached(stage);
            if (i == stages.size() - 1) {
                table.row(stage.name(), reached, null, null, null, null, null, null);
                continue;
            }
            Funnel.Step step = funnel.step(stage);
            table.row(
                    stage.name(),
                    reached,
                    step.to().name(),
                    value(step.conversion()),
                    interval(step.conversion(), level),
                    median(step.timeBetween()),
                    percentile(step.timeBetween(), 90));
        }
        return table;
    }

    /** Touchpoints by friction score, each signal's rate with its n. */
    static Table friction(FrictionReport report, String title) {
        Table table = Table.of("friction", title)
                .text("touchpoint", "touchpoint")
                .number("score", "score", 3);
        for (FrictionSignal signal : FrictionSignal.values()) {
            String field = lowerCamel(signal.name());
            table.column(
                    signal.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    List.of(field, field + "N"),
                    values -> values[0] == null
                            ? "-"
                            : Numbers.percent(((Number) values[0]).doubleValue()) + " (n="
                                    + values[1] + ")");
        }
        for (FrictionReport.RankedTouchpoint ranked : report.ranking()) {
            List<Object> row = new ArrayList<>(List.of(ranked.touchpoint().id(), ranked.score()));
            Map<FrictionSignal, Proportion> evidence =
                    report.evidence(ranked.touchpoint().id());
            for (FrictionSignal signal : FrictionSignal.values()) {
                Proportion rate = evidence.get(signal);
                row.add(rate == null ? null : value(rate));
                row.add(rate == null ? null : rate.n());
            }
            table.row(row.toArray());
        }
        return table;
    }

    /** Resolution, first-contact resolution and wait/handling times per touchpoint. */
    static Table service(Map<String, ServiceLevel> levels, double level, String title) {
        Table table = Table.of("service", title)
                .text("touchpoint", "touchpoint")
                .count("interactions", "interactions")
                .percent("resolution", "resolution")
                .percent("firstContactResolution", "first-contact resolution")
                .interval("firstContactResolution", "interval", Numbers::percent)
                .value("medianWaitSeconds", "median wait", JourneyTables::human)
                .value("p90WaitSeconds", "p90 wait", JourneyTables::human)
                .value("medianHandlingSeconds", "median handling", JourneyTables::human);
        levels.forEach((touchpoint, service) -> {
            Proportion fcr = service.firstContactResolution();
            table.row(
                    touchpoint,
                    service.resolution().n(),
                    value(service.resolution()),
                    value(fcr),
                    interval(fcr, level),
                    median(service.waitTime()),
                    percentile(service.waitTime(), 90),
                    median(service.handlingTime()));
        });
        return table;
    }

    /** A rate as a fraction, or null when nothing was observed. */
    static Double value(Proportion rate) {
        return rate.isEmpty() ? null : rate.value();
    }

    private static Optional<Interval> interval(Proportion rate, double level) {
        return rate.isEmpty() ? Optional.empty() : Optional.of(rate.interval(level));
    }

    private static Double median(DurationSample sample) {
        return sample.isEmpty() ? null : seconds(sample.median());
    }

    private static Double percentile(DurationSample sample, double p) {
        return sample.isEmpty() ? null : seconds(sample.percentile(p));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** A duration in seconds in the largest sensible unit: 45s, 12.5m, 3.2h, 4.1d. */
    static String human(double seconds) {
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

    /** {@code REPEAT_CONTACT} as {@code repeatContact}. */
    private static String lowerCamel(String constant) {
        StringBuilder name = new StringBuilder(constant.length());
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }
}
