package dev.cxkit.scorecard;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsComparison;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;

import java.util.Optional;

/** NPS in points; two samples by {@link NpsComparison}. */
record NpsMetric(NpsBreaks breaks, NpsIntervalMethod method) implements ScoreMetric {

    @Override
    public String name() {
        return "NPS";
    }

    @Override
    public Scale scale() {
        return breaks.scale();
    }

    @Override
    public double value(ScoreHistogram histogram) {
        return Nps.of(histogram, breaks).value();
    }

    @Override
    public Optional<Interval> interval(ScoreHistogram histogram, double level) {
        return Optional.of(Nps.of(histogram, breaks).interval(method, level));
    }

    @Override
    public Optional<Difference> difference(ScoreHistogram first, ScoreHistogram second) {
        Nps a = Nps.of(first, breaks);
        Nps b = Nps.of(second, breaks);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        NpsComparison comparison = NpsComparison.of(
                a, b, method.isWaldType() ? method : NpsIntervalMethod.ADJUSTED_WALD);
        double standardError = comparison.standardError();
        if (standardError == 0) {
            return Optional.empty();
        }
        return Optional.of(new Difference(
                comparison.value(),
                standardError,
                comparison.z(),
                comparison.pValue(),
                comparison.method().label()));
    }
}
