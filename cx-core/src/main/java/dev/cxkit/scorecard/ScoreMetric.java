package dev.cxkit.scorecard;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.ProportionInterval;

import java.util.Objects;
import java.util.Optional;

/**
 * A survey metric as a function of a {@link ScoreHistogram}: its value, its confidence
 * interval and a two-sample test, so a {@link Scorecard} can report any metric per group.
 *
 * <p>The built-in metrics are {@link #nps()} (points, -100..100), {@link #csat()} (top-box
 * share, 0..1, Wilson or Agresti-Coull interval) and the mean score of a scale ({@link #csatMean()}, {@link #cesMean()},
 * {@link #mean(Scale, String)}). Implementations are immutable and thread-safe.
 */
public interface ScoreMetric {

    /** {@return the metric's display name, e.g. {@code "NPS"}} */
    String name();

    /** {@return the scale of the scores it reads} */
    Scale scale();

    /**
     * {@return the metric's value on a non-empty histogram}
     *
     * @param histogram the responses' score histogram
     * @throws IllegalStateException when the histogram is empty
     */
    double value(ScoreHistogram histogram);

    /**
     * {@return its confidence interval at {@code level}, empty when undefined (too few responses)}
     *
     * @param histogram the responses' score histogram
     * @param level the confidence level, in (0, 1)
     */
    Optional<Interval> interval(ScoreHistogram histogram, double level);

    /**
     * {@return the test of {@code first} against {@code second} (independent samples), empty when
     * undefined: a sample too small, or a standard error of 0}
     *
     * @param first the first sample's histogram
     * @param second the second sample's histogram, independent of the first
     */
    Optional<Difference> difference(ScoreHistogram first, ScoreHistogram second);

    /** {@return NPS on 0..10 with the standard breaks and the adjusted Wald interval} */
    static ScoreMetric nps() {
        return nps(NpsBreaks.STANDARD, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /**
     * {@return NPS with {@code breaks} and interval {@code method}; differences use the same method
     * when it is Wald-type, else the adjusted Wald}
     *
     * @param breaks the detractor and promoter breaks
     * @param method the interval method
     */
    static ScoreMetric nps(NpsBreaks breaks, NpsIntervalMethod method) {
        return new NpsMetric(
                Objects.requireNonNull(breaks, "breaks"), Objects.requireNonNull(method, "method"));
    }

    /** {@return CSAT: the share of 4 and 5 on the 1..5 scale, with the Wilson interval} */
    static ScoreMetric csat() {
        return csat(Scale.CSAT, Scale.CSAT.max() - 1);
    }

    /**
     * {@return the share of scores {@code topBoxMin..max} on {@code scale}, named CSAT, with the
     * Wilson interval}
     *
     * @param scale the scale the scores lie on
     * @param topBoxMin the lowest score counted in the top box, on the scale
     */
    static ScoreMetric csat(Scale scale, int topBoxMin) {
        return csat(scale, topBoxMin, ProportionInterval.WILSON);
    }

    /**
     * {@return the share of scores {@code topBoxMin..max} on {@code scale}, named CSAT, with the
     * interval of {@code method}}
     *
     * @param scale the scale the scores lie on
     * @param topBoxMin the lowest satisfied score, on the scale
     * @param method the interval of the share: Wilson's or Agresti-Coull's
     */
    static ScoreMetric csat(Scale scale, int topBoxMin, ProportionInterval method) {
        return topBox(scale, topBoxMin, "CSAT", method);
    }

    /** {@return CES 2.0 agreement: the share of 5..7 on the 1..7 scale, named "CES agree"} */
    static ScoreMetric cesAgree() {
        return topBox(Scale.CES, 5, "CES agree");
    }

    /**
     * {@return the share of scores {@code topBoxMin..max} on {@code scale}, named {@code name},
     * with the Wilson interval; two samples by the unpooled Wald test}
     *
     * @param scale the scale the scores lie on
     * @param topBoxMin the lowest score counted in the top box, on the scale
     * @param name the metric's name, as rows and errors show it
     */
    static ScoreMetric topBox(Scale scale, int topBoxMin, String name) {
        return topBox(scale, topBoxMin, name, ProportionInterval.WILSON);
    }

    /**
     * {@return the share of scores {@code topBoxMin..max} on {@code scale}, named {@code name},
     * with the interval of {@code method}; two samples by the unpooled Wald test}
     *
     * @param scale the scale the scores lie on
     * @param topBoxMin the lowest score counted in the top box, on the scale
     * @param name the metric's name, as rows and errors show it
     * @param method the interval of the share: Wilson's or Agresti-Coull's
     */
    static ScoreMetric topBox(Scale scale, int topBoxMin, String name, ProportionInterval method) {
        Objects.requireNonNull(scale, "scale");
        return new TopBoxMetric(
                scale,
                scale.check(topBoxMin, "topBoxMin"),
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(method, "method"));
    }

    /** {@return the mean CSAT score on 1..5 with its t interval} */
    static ScoreMetric csatMean() {
        return mean(Scale.CSAT, "CSAT mean");
    }

    /** {@return the mean CES 2.0 score on 1..7 (higher is easier) with its t interval} */
    static ScoreMetric cesMean() {
        return mean(Scale.CES, "CES mean");
    }

    /**
     * {@return the mean score on {@code scale}, named {@code name}, with its t interval}
     *
     * @param scale the scale the scores lie on
     * @param name the metric's name, as rows and errors show it
     */
    static ScoreMetric mean(Scale scale, String name) {
        return new MeanMetric(
                Objects.requireNonNull(scale, "scale"), Objects.requireNonNull(name, "name"));
    }
}
