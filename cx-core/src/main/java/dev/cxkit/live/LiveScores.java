package dev.cxkit.live;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Live scores of a running service: a {@link GroupedScoreRecorder} that many threads record
 * into, the running total, and {@link RollingWindow}s of grouped scores (the last hour by
 * minute, the last 30 days by day) fed from the recorder's interval snapshots.
 *
 * <p>Reading ({@link #window(WindowSpec)}, {@link #total()}) first {@link #refresh()
 * refreshes}: it drains the recorder's interval snapshot into the current slot of every window
 * and into the total. A score therefore counts in the slot current when it is drained, so the
 * service should read or refresh at least once per slot (a metrics registry polling every
 * 15 to 60 seconds does, for minute slots); reads never stop writers and never lose or
 * double-count a score. Reads are serialized by a lock that writers never take: thread-safe
 * for any number of writers and readers.
 *
 * <p>For a fleet, each instance ships the intervals {@link #refresh()} returns (each group's
 * histogram through {@link ScoreHistogram#toByteArray()}) with their time, and the collecting
 * instance {@link #merge(Instant, GroupedScores) merges} them; counts add exactly.
 */
public final class LiveScores {

    private final GroupedScoreRecorder recorder;
    private final Map<WindowSpec, RollingWindow<GroupedScores>> windows;
    private final Clock clock;
    private GroupedScores total;

    private LiveScores(Builder builder) {
        this.recorder = GroupedScoreRecorder.create(
                builder.scale, builder.keys, builder.maxGroups, builder.overflow);
        this.clock = builder.clock;
        GroupedScores empty = GroupedScores.of(builder.scale, recorder.keys(), Map.of());
        this.total = empty;
        Map<WindowSpec, RollingWindow<GroupedScores>> byWindow = new LinkedHashMap<>();
        for (WindowSpec spec : builder.windows) {
            byWindow.put(
                    spec,
                    RollingWindow.create(
                            spec, builder.zone, builder.clock, empty, LiveScores::merge));
        }
        this.windows = byWindow;
    }

    /**
     * {@return a builder of live scores on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static Builder builder(Scale scale) {
        return new Builder(scale);
    }

    /** Options of {@link LiveScores}; not thread-safe. */
    public static final class Builder {
        private final Scale scale;
        private List<GroupKey> keys = List.of();
        private int maxGroups = 1_000;
        private GroupOverflow overflow = GroupOverflow.OTHER;
        private final List<WindowSpec> windows = new ArrayList<>();
        private ZoneId zone = ZoneId.of("UTC");
        private Clock clock = Clock.systemUTC();

        private Builder(Scale scale) {
            this.scale = Objects.requireNonNull(scale, "scale");
        }

        /**
         * Groups by these keys (default none: one group of everything).
         *
         * @param keys the grouping keys, in order
         * @return this builder
         */
        public Builder keys(GroupKey... keys) {
            this.keys = List.of(keys);
            return this;
        }

        /**
         * Holds at most {@code maxGroups} groups and handles more as {@code overflow} says
         * (default 1,000 groups, {@link GroupOverflow#OTHER}).
         *
         * @param maxGroups the most groups held, {@code >= 1}
         * @param overflow what happens to a record of a new group beyond {@code maxGroups}
         * @return this builder
         */
        public Builder maxGroups(int maxGroups, GroupOverflow overflow) {
            this.maxGroups = maxGroups;
            this.overflow = Objects.requireNonNull(overflow, "overflow");
            return this;
        }

        /**
         * Adds a rolling window; none by default.
         *
         * @param spec the window's length and slots
         * @return this builder
         */
        public Builder window(WindowSpec spec) {
            Objects.requireNonNull(spec, "spec");
            if (windows.contains(spec)) {
                throw new IllegalArgumentException("window " + spec + " is already added");
            }
            windows.add(spec);
            return this;
        }

        /**
         * Aligns windows to the calendar of {@code zone} (default UTC).
         *
         * @param zone the time zone windows are aligned in
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Reads time from {@code clock} (default the system clock).
         *
         * @param clock the clock windows read the time from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * {@return the live scores}
         *
         * @throws IllegalArgumentException when {@code maxGroups < 1} or key names repeat
         */
        public LiveScores build() {
            return new LiveScores(this);
        }
    }

    /** {@return the recorder the scores go to} */
    public GroupedScoreRecorder recorder() {
        return recorder;
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return recorder.scale();
    }

    /** {@return the rolling windows, in the order they were added} */
    public List<WindowSpec> windows() {
        return List.copyOf(windows.keySet());
    }

    /**
     * Records a response in its group; see {@link GroupedScoreRecorder#record(SurveyResponse)}.
     *
     * @param response the survey response, on this scale
     */
    public void record(SurveyResponse response) {
        recorder.record(response);
    }

    /**
     * Records a score in a group; see {@link GroupedScoreRecorder#record(List, int)}.
     *
     * @param values the group's key values, one per key
     * @param score a score on the scale
     */
    public void record(List<String> values, int score) {
        recorder.record(values, score);
    }

    /**
     * {@return the recorder of one group; see {@link GroupedScoreRecorder#group(List)}}
     *
     * @param values the group's key values, one per key
     */
    public ScoreRecorder group(List<String> values) {
        return recorder.group(values);
    }

    /**
     * Drains the scores recorded since the last refresh into the current slot of every window and
     * into the total.
     *
     * @return the drained scores, to ship to a collecting instance, if any
     */
    public synchronized GroupedScores refresh() {
        GroupedScores interval = recorder.intervalSnapshot();
        if (!interval.groups().isEmpty()) {
            Instant now = clock.instant();
            for (RollingWindow<GroupedScores> window : windows.values()) {
                window.add(now, interval);
            }
            total = merge(total, interval);
        }
        return interval;
    }

    /**
     * Adds another instance's interval, recorded at {@code at}, to the windows it falls in
     * (windows it is older than skip it) and to the total.
     *
     * @param at the instant the interval was recorded at
     * @param interval the other instance's grouped scores of one interval
     * @throws IllegalArgumentException when it is on another scale or by other keys
     */
    public synchronized void merge(Instant at, GroupedScores interval) {
        Objects.requireNonNull(at, "at");
        GroupedScores merged = merge(total, Objects.requireNonNull(interval, "interval"));
        for (RollingWindow<GroupedScores> window : windows.values()) {
            window.add(at, interval);
        }
        total = merged;
    }

    /**
     * {@return the grouped scores of window {@code spec} now, after a {@link #refresh()}}
     *
     * @param spec the window's length and slots
     */
    public synchronized GroupedScores window(WindowSpec spec) {
        RollingWindow<GroupedScores> window = windows.get(Objects.requireNonNull(spec, "spec"));
        if (window == null) {
            throw new IllegalArgumentException(
                    "window must be one of " + windows.keySet() + ", was " + spec);
        }
        refresh();
        return window.total();
    }

    /** {@return every score recorded or merged since creation, after a {@link #refresh()}} */
    public synchronized GroupedScores total() {
        refresh();
        return total;
    }

    /**
     * {@return the groups of both {@code first} and {@code second}, histograms of a group added}
     *
     * @param first one instance's grouped scores
     * @param second another instance's grouped scores, on the same scale and keys
     * @throws IllegalArgumentException when they are on different scales or keys
     */
    public static GroupedScores merge(GroupedScores first, GroupedScores second) {
        List<String> firstNames = first.keys().stream().map(GroupKey::name).toList();
        List<String> secondNames = second.keys().stream().map(GroupKey::name).toList();
        if (!first.scale().equals(second.scale()) || !firstNames.equals(secondNames)) {
            throw new IllegalArgumentException("groups must be on " + first.scale() + " by "
                    + firstNames + " to merge, were on " + second.scale() + " by "
                    + secondNames);
        }
        Map<List<String>, ScoreAccumulator> sums = new HashMap<>();
        for (GroupedScores grouped : List.of(first, second)) {
            grouped.groups()
                    .forEach((key, histogram) -> sums.computeIfAbsent(
                                    key, k -> ScoreAccumulator.create(first.scale()))
                            .merge(histogram));
        }
        Map<List<String>, ScoreHistogram> histograms = new HashMap<>();
        sums.forEach((key, sum) -> histograms.put(key, sum.snapshot()));
        return GroupedScores.of(first.scale(), first.keys(), histograms);
    }
}
