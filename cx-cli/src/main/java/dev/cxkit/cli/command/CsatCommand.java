package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Numbers;
import dev.cxkit.model.Scale;
import dev.cxkit.scorecard.ScoreMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx csat}: satisfied share (top boxes) or mean CSAT, overall or as a scorecard. */
@Command(name = "csat", mixinStandardHelpOptions = true,
        description = "Customer satisfaction (1..5): the top-2-box share with its Wilson "
                + "interval, or with --mean the mean score with its t interval.")
public final class CsatCommand extends SurveyMetricCommand {

    @Option(names = "--top-box", defaultValue = "4", paramLabel = "SCORE",
            description = "Lowest satisfied score (default ${DEFAULT-VALUE}: top two boxes).")
    private int topBoxMin;

    @Option(names = "--mean", description = "Report the mean score instead of the share.")
    private boolean mean;

    @Override
    ScoreMetric metric() {
        return mean ? ScoreMetric.csatMean() : ScoreMetric.csat(Scale.CSAT, topBoxMin);
    }

    @Override
    String format(double value) {
        return mean ? Numbers.fixed(value, 2) : Numbers.percent(value);
    }
}
