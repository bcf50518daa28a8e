package dev.cxkit.scorecard;

import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.ProportionInterval;

import java.util.Optional;

/**
 * The top-box share with the interval of {@code method} (Wilson or Agresti-Coull, see
 * {@link ProportionInterval}); two samples by the unpooled Wald test of two proportions, {@code SE = sqrt(p1 (1 - p1)/n1 + p2 (1 - p2)/n2)} (Agresti, <i>Categorical
 * Data Analysis</i>, 3rd ed., 2013, section 3.1.3).
 */
record TopBoxMetric(Scale scale, int topBoxMin, String name, ProportionInterval method)
        implements ScoreMetric {

    @Override
    public double value(ScoreHistogram histogram) {
        return csat(histogram).value();
    }

    @Override
    public Optional<Interval> interval(ScoreHistogram histogram, double level) {
        return Optional.of(csat(histogram).interval(method, level));
    }

    @Override
    public Optional<Difference> difference(ScoreHistogram first, ScoreHistogram second) {
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        double p1 = value(first);
        double p2 = value(second);
        double standardError = Math.sqrt(p1 * (1 - p1) / first.n() + p2 * (1 - p2) / second.n());
        if (standardError == 0) {
            return Optional.empty();
        }
        double z = (p1 - p2) / standardError;
        return Optional.of(
                new Difference(p1 - p2, standardError, z, Confidence.twoSidedP(z), "wald"));
    }

    private Csat csat(ScoreHistogram histogram) {
        return Csat.of(histogram, topBoxMin);
    }
}
