package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.model.Scale;
import dev.cxkit.scorecard.ScoreMetric;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx csat}: satisfied share (top boxes) or mean CSAT, overall or as a scorecard.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "csat",
        mixinStandardHelpOptions = true,
        description = "Customer satisfaction (1..5): the top-2-box share with its Wilson "
                + "(or --interval agresti-coull) interval, or with --mean the mean score with its "
                + "t interval.")
public final class CsatCommand extends SurveyMetricCommand {

    @Option(
            names = "--top-box",
            paramLabel = "SCORE",
            description = "Lowest satisfied score (default: the top two boxes, 4 on 1..5).")
    private Integer topBoxMin;

    @Option(names = "--mean", description = "Report the mean score instead of the share.")
    private boolean mean;

    @Mixin
    private ShareIntervalOption shareInterval;

    @Override
    Scale defaultScale() {
        return Scale.CSAT;
    }

    @Override
    ScoreMetric metric() {
        Scale scale = scale();
        if (mean) {
            shareInterval.requireAbsent("--mean reports the mean score with its t interval");
            return ScoreMetric.mean(scale, "CSAT mean");
        }
        int top = topBoxMin == null ? scale.max() - 1 : topBoxMin;
        if (top <= scale.min() || top > scale.max()) {
            throw new UsageException("--top-box must be a score in " + (scale.min() + 1) + ".."
                    + scale.max() + " on the " + scale + " scale, was " + top);
        }
        return ScoreMetric.csat(scale, top, shareInterval.method());
    }

    @Override
    String format(double value) {
        return mean ? Numbers.fixed(value, 2) : Numbers.percent(value);
    }
}
