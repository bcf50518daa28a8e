package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric per group: one {@link ScorecardRow} per combination of key values (touchpoint,
 * channel, stage, customer attribute, calendar period...), each with n, the metric, its
 * interval and a small-sample flag, plus the total. Rows can be tested against the rest of the
 * population or against their previous period, with a multiple-comparison {@link Adjustment}
 * across rows.
 *
 * <pre>{@code
 * GroupedScores groups = responses.stream().collect(GroupedScoreAccumulator.toGroupedScores(
 *         Scale.NPS, List.of(GroupKey.touchpoint(), GroupKey.period(CalendarPeriod.MONTH, zone))));
 * Scorecard scorecard = Scorecard.of(ScoreMetric.nps(), groups);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorecard {

    /** The default confidence level of row intervals. */
    public static final double DEFAULT_LEVEL = 0.95;
    /** The default minimum n below which a row is flagged as a small sample. */
    public static final long DEFAULT_MINIMUM_N = 30;

    private final ScoreMetric metric;
    private final GroupedScores groups;
    private final double level;
    private final long minimumN;
    private final List<ScorecardRow> rows;

    private Scorecard(ScoreMetric metric, GroupedScores groups, double level, long minimumN) {
        this.metric = metric;
        this.groups = groups;
        this.level = level;
        this.minimumN = minimumN;
        List<ScorecardRow> built = new ArrayList<>();
        groups.groups().forEach((key, histogram) -> built.add(row(key, histogram)));
        this.rows = List.copyOf(built);
    }

    /**
     * {@return the scorecard of {@code metric} over {@code groups} at 95 % with minimum n 30}
     *
     * @param metric the metric of each row
     * @param groups the grouped histograms
     */
    public static Scorecard of(ScoreMetric metric, GroupedScores groups) {
        return of(metric, groups, DEFAULT_LEVEL, DEFAULT_MINIMUM_N);
    }

    /**
     * {@return the scorecard of {@code metric} over {@code groups}, with intervals at {@code level}
     * and rows of fewer than {@code minimumN} responses flagged}
     *
     * @param metric the metric of each row
     * @param groups the grouped histograms
     * @param level the confidence level, in (0, 1)
     * @param minimumN the smallest n of a row that is not flagged, {@code >= 1}
     * @throws IllegalArgumentException when the metric's scale is not the groups', the level is
     *     not in (0, 1) or {@code minimumN < 1}
     */
    public static Scorecard of(
            ScoreMetric metric, GroupedScores groups, double level, long minimumN) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(groups, "groups");
        checkArgument(
                metric.scale().equals(groups.scale()),
                "groups must be on the metric's scale %s, were on %s",
                metric.scale(),
                groups.scale());
        Confidence.checkLevel(level);
        checkArgument(minimumN >= 1, "minimumN must be >= 1, was %s", minimumN);
        return new Scorecard(metric, groups, level, minimumN);
    }

    /** {@return the metric reported} */
    public ScoreMetric metric() {
        return metric;
    }

    /** {@return the names of the grouping keys, in order} */
    public List<String> keyNames() {
        return GroupedScores.names(groups.keys());
    }

    /** {@return the confidence level of the row intervals} */
    public double level() {
        return level;
    }

    /** {@return the minimum n below which rows are flagged} */
    public long minimumN() {
        return minimumN;
    }

    /** {@return true when there are no responses} */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** {@return the rows, one per non-empty group, in key order} */
    public List<ScorecardRow> rows() {
        return rows;
    }

    /**
     * {@return the row keyed {@code key} (one value per key), if that group has responses}
     *
     * @param key the group's key values, one per key
     */
    public Optional<ScorecardRow> row(List<String> key) {
        Objects.requireNonNull(key, "key");
        return rows.stream().filter(row -> row.key().equals(key)).findFirst();
    }

    /**
     * {@return the row of all responses, with an empty key}
     *
     * @throws IllegalStateException when the scorecard is empty
     */
    public ScorecardRow total() {
        if (isEmpty()) {
            throw new IllegalStateException(
                    metric.name() + " scorecard total is undefined " + "without responses");
        }
        return row(List.of(), groups.total());
    }

    /**
     * {@return each row tested against the rest of the population (all responses outside the row:
     * total minus row, never a whole that contains it), p-values adjusted across the rows tested}
     * Rows whose test is undefined (no rest, a standard error of 0, too few responses for the
     * metric's test) are left out and not counted in the adjustment.
     *
     * @param adjustment the multiple-testing adjustment of the p-values
     */
    public List<RowComparison> compareWithRest(Adjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        long[] total = groups.total().counts();
        return compare(adjustment, row -> {
            long[] rest = total.clone();
            long[] counts = row.histogram().counts();
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= counts[i];
            }
            return Optional.of(new Baseline(List.of(), ScoreHistogram.of(groups.scale(), rest)));
        });
    }

    /**
     * {@return each row tested against the row of the same group in the previous calendar period
     * (the last period key's {@link CalendarPeriod#previous(String)}, other key values equal),
     * p-values adjusted across the rows tested} Rows whose previous period has no responses, or
     * whose test is undefined, are left out.
     *
     * @param adjustment the multiple-testing adjustment of the p-values
     * @throws IllegalStateException when no grouping key is a calendar period
     */
    public List<RowComparison> compareWithPreviousPeriod(Adjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        List<GroupKey> keys = groups.keys();
        int index = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).period().isPresent()) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalStateException("comparing with the previous period needs a "
                    + "period key, the keys were " + keyNames());
        }
        int periodIndex = index;
        CalendarPeriod period = keys.get(periodIndex).period().orElseThrow();
        Map<List<String>, ScoreHistogram> histograms = groups.groups();
        return compare(adjustment, row -> {
            List<String> previous = new ArrayList<>(row.key());
            previous.set(periodIndex, period.previous(row.key().get(periodIndex)));
            return Optional.ofNullable(histograms.get(previous))
                    .map(histogram -> new Baseline(previous, histogram));
        });
    }

    /** A baseline's key and histogram. */
    private record Baseline(List<String> key, ScoreHistogram histogram) {}

    private List<RowComparison> compare(
            Adjustment adjustment, Function<ScorecardRow, Optional<Baseline>> baselineOf) {
        List<ScorecardRow> tested = new ArrayList<>();
        List<Baseline> baselines = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (ScorecardRow row : rows) {
            baselineOf.apply(row).ifPresent(baseline -> {
                if (!baseline.histogram().isEmpty()) {
                    metric.difference(row.histogram(), baseline.histogram()).ifPresent(test -> {
                        tested.add(row);
                        baselines.add(baseline);
                        differences.add(test);
                    });
                }
            });
        }
        double[] adjusted = adjustment.adjust(
                differences.stream().mapToDouble(Difference::pValue).toArray());
        List<RowComparison> comparisons = new ArrayList<>(tested.size());
        for (int i = 0; i < tested.size(); i++) {
            comparisons.add(new RowComparison(
                    tested.get(i).key(),
                    baselines.get(i).key(),
                    metric.value(baselines.get(i).histogram()),
                    differences.get(i),
                    adjusted[i]));
        }
        return List.copyOf(comparisons);
    }

    private ScorecardRow row(List<String> key, ScoreHistogram histogram) {
        return new ScorecardRow(
                key,
                histogram,
                metric.value(histogram),
                metric.interval(histogram, level),
                histogram.n() < minimumN);
    }

    @Override
    public String toString() {
        return metric.name() + " scorecard by " + keyNames() + ", " + rows.size() + " rows";
    }
}
