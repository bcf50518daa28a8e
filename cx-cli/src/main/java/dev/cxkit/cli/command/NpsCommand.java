package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.Table;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.scorecard.ScoreMetric;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cx nps}: Net Promoter Score with its interval, overall or as a scorecard.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "nps",
        mixinStandardHelpOptions = true,
        description = "Net Promoter Score (points, -100..100) with n and its interval, overall "
                + "or by touchpoint, channel, stage, period or customer attribute.")
public final class NpsCommand extends SurveyMetricCommand {

    @Option(
            names = "--interval",
            defaultValue = "adjusted-wald",
            paramLabel = "METHOD",
            description = "wald, adjusted-wald, bonett-price or tango (default ${DEFAULT-VALUE}).")
    private String method;

    @Option(
            names = "--weighted",
            description = "Also report the survey-weighted NPS (responses' weight field; in CSV "
                    + "map it with --column weight=HEADER) with Kish's effective n. A weight must "
                    + "be 0 or in [1e-100, 1e100]; any other makes its record a bad record.")
    private boolean weighted;

    @Override
    Scale defaultScale() {
        return Scale.NPS;
    }

    @Override
    ScoreMetric metric() {
        if (!scale().equals(Scale.NPS)) {
            throw new UsageException("NPS is defined on the 0..10 scale, so --scale must be "
                    + "0..10, was " + scale().min() + ".." + scale().max());
        }
        return ScoreMetric.nps(NpsBreaks.STANDARD, intervalMethod());
    }

    @Override
    String format(double value) {
        return Numbers.fixed(value, 1);
    }

    @Override
    boolean keepsWeights() {
        return weighted;
    }

    /**
     * With {@code --weighted}, the table {@code weighted}: the survey-weighted NPS of all
     * responses with its interval (on Kish's effective n), the effective n and the design effect;
     * empty values when the weights sum to 0. JSON also writes the weighted {@link Nps} under
     * {@code weighted}.
     */
    @Override
    void more(Tally tally, List<Table> tables, Map<String, Object> json) {
        if (!weighted) {
            return;
        }
        Nps nps = Nps.of(tally.weights.snapshot());
        Table table = Table.of(
                        "weighted",
                        "survey-weighted NPS (the responses' weight field): "
                                + String.format(Locale.ROOT, "%,d", nps.n()) + " responses")
                .count("n", "n")
                .value("value", "weighted NPS", this::format)
                .interval("interval", Numbers.percent(level) + " interval", this::format)
                .number("effectiveN", "Kish n_eff", 1)
                .number("designEffect", "design effect", 3);
        if (nps.isEmpty()) {
            table.row(nps.n(), null, null, null, null, null);
        } else {
            table.row(
                    nps.n(),
                    nps.value(),
                    nps.interval(intervalMethod(), level),
                    nps.effectiveN(),
                    nps.designEffect());
            json.put("weighted", nps);
        }
        tables.add(table);
    }

    private NpsIntervalMethod intervalMethod() {
        for (NpsIntervalMethod candidate : NpsIntervalMethod.values()) {
            if (candidate.label().equalsIgnoreCase(method)) {
                return candidate;
            }
        }
        throw new UsageException("--interval must be wald, adjusted-wald, bonett-price or tango, "
                + "was '" + method + "'");
    }
}
