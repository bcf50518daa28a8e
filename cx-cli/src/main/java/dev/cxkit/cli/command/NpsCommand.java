package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.stats.Interval;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code cx nps}: Net Promoter Score with its interval, overall or as a scorecard. */
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
                    + "map it with --column weight=HEADER) with Kish's effective n.")
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

    @Override
    List<String> notes(Tally tally) {
        if (!weighted) {
            return List.of();
        }
        Nps nps = Nps.of(tally.weights.snapshot());
        if (nps.isEmpty()) {
            return List.of("weighted NPS: no responses with weight");
        }
        Interval interval = nps.interval(intervalMethod(), level);
        return List.of(String.format(
                Locale.ROOT,
                "weighted NPS %.1f %s, Kish effective n %.1f, design effect %.3f",
                nps.value(),
                Numbers.interval(interval, 1),
                nps.effectiveN(),
                nps.designEffect()));
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
