package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.model.Scale;
import dev.cxkit.scorecard.ScoreMetric;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx ces}: mean effort score or share who agree it was easy.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "ces",
        mixinStandardHelpOptions = true,
        description = "Customer Effort Score: the mean with its t interval (CES 2.0, 1..7, "
                + "higher is easier; --legacy for CES 1.0, 1..5, lower is easier), or with "
                + "--agree the share who agree it was easy (5..7) with its Wilson (or --interval "
                + "agresti-coull) interval.")
public final class CesCommand extends SurveyMetricCommand {

    @Option(names = "--legacy", description = "Read CES 1.0 responses (1..5, lower is easier).")
    private boolean legacy;

    @Option(
            names = "--agree",
            description = "Report the share agreeing (5..7, the top three "
                    + "boxes) instead of the mean.")
    private boolean agree;

    @Mixin
    private ShareIntervalOption shareInterval;

    @Override
    Scale defaultScale() {
        return legacy ? Scale.CES_LEGACY : Scale.CES;
    }

    @Override
    ScoreMetric metric() {
        Scale scale = scale();
        if (agree) {
            if (legacy) {
                throw new UsageException("--agree applies to CES 2.0 (1..7), not to --legacy");
            }
            return ScoreMetric.topBox(scale, scale.max() - 2, "CES agree", shareInterval.method());
        }
        shareInterval.requireAbsent("without --agree cx ces reports the mean with its t interval");
        return legacy || !scale.equals(Scale.CES)
                ? ScoreMetric.mean(scale, legacy ? "CES 1.0 mean" : "CES mean")
                : ScoreMetric.cesMean();
    }

    @Override
    String format(double value) {
        return agree ? Numbers.percent(value) : Numbers.fixed(value, 2);
    }
}
