package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link Scorecard}: a group, its responses and the metric on them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key one value per grouping key (empty for the total row)
 * @param histogram the group's scores, never empty
 * @param value the metric's value, in its units (NPS points, CSAT share, mean score)
 * @param interval the metric's confidence interval, empty where undefined (a mean of one)
 * @param smallSample true when {@code n} is below the scorecard's minimum n: read with care
 */
public record ScorecardRow(
        List<String> key,
        ScoreHistogram histogram,
        double value,
        Optional<Interval> interval,
        boolean smallSample) {

    /**
     * Checks the components and copies the key.
     *
     * @param key one value per grouping key (empty for the total row)
     * @param histogram the group's scores, never empty
     * @param value the metric's value, in its units (NPS points, CSAT share, mean score)
     * @param interval the metric's confidence interval, empty where undefined (a mean of one)
     * @param smallSample true when {@code n} is below the scorecard's minimum n: read with care
     * @throws IllegalArgumentException when the histogram is empty or the value is not finite
     */
    public ScorecardRow {
        key = List.copyOf(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(histogram, "histogram");
        checkArgument(!histogram.isEmpty(), "histogram of row %s must not be empty", key);
        checkArgument(Double.isFinite(value), "value must be finite, was %s", value);
        Objects.requireNonNull(interval, "interval");
    }

    /** {@return number of responses in the group} */
    public long n() {
        return histogram.n();
    }
}
