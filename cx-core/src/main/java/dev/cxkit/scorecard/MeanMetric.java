package dev.cxkit.scorecard;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.MeanScore;

import org.hipparchus.distribution.continuous.TDistribution;

import java.util.Optional;

/**
 * The mean score with Student's t interval; two samples by Welch's t-test (Welch 1947,
 * "The generalization of Student's problem when several different population variances are
 * involved", Biometrika 34:28-35): {@code t = (m1 - m2) / sqrt(s1^2/n1 + s2^2/n2)} with the
 * Welch-Satterthwaite degrees of freedom.
 */
record MeanMetric(Scale scale, String name) implements ScoreMetric {

    @Override
    public double value(ScoreHistogram histogram) {
        return MeanScore.of(histogram, name).value();
    }

    @Override
    public Optional<Interval> interval(ScoreHistogram histogram, double level) {
        return histogram.n() < 2
                ? Optional.empty()
                : Optional.of(MeanScore.of(histogram, name).interval(level));
    }

    @Override
    public Optional<Difference> difference(ScoreHistogram first, ScoreHistogram second) {
        if (first.n() < 2 || second.n() < 2) {
            return Optional.empty();
        }
        double v1 = first.sampleVariance() / first.n();
        double v2 = second.sampleVariance() / second.n();
        double standardError = Math.sqrt(v1 + v2);
        if (standardError == 0) {
            return Optional.empty();
        }
        double estimate = first.mean() - second.mean();
        double t = estimate / standardError;
        double degreesOfFreedom =
                (v1 + v2) * (v1 + v2) / (v1 * v1 / (first.n() - 1) + v2 * v2 / (second.n() - 1));
        double p = 2 * new TDistribution(degreesOfFreedom).cumulativeProbability(-Math.abs(t));
        return Optional.of(new Difference(estimate, standardError, t, p, "welch"));
    }
}
