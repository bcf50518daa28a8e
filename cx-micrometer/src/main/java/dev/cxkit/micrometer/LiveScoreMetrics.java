package dev.cxkit.micrometer;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.live.LiveScores;
import dev.cxkit.live.WindowSpec;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.stats.Interval;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the live NPS of a {@link LiveScores} as Micrometer gauges, per group and for all
 * groups together, over the running total and over each rolling window, so that Prometheus or
 * any Micrometer registry shows them with no glue code.
 *
 * <p><b>Meters.</b> Names follow Micrometer's conventions (lower-case, dot-separated, the unit
 * declared as the base unit rather than in the name; each registry renders them in its own
 * style):
 *
 * <table>
 *   <caption>Gauges per group and window</caption>
 *   <tr><th>name</th><th>base unit</th><th>value</th></tr>
 *   <tr><td>{@value #NPS}</td><td>{@code points}</td><td>NPS, -100..100</td></tr>
 *   <tr><td>{@value #PROMOTERS}</td><td>none</td><td>share of promoters, a fraction in
 *       [0, 1]</td></tr>
 *   <tr><td>{@value #DETRACTORS}</td><td>none</td><td>share of detractors, a fraction in
 *       [0, 1]</td></tr>
 *   <tr><td>{@value #RESPONSES}</td><td>{@code responses}</td><td>n, the number of responses
 *       behind the other values</td></tr>
 *   <tr><td>{@value #LOWER}, {@value #UPPER}</td><td>{@code points}</td><td>bounds of the
 *       confidence interval of the chosen method and level (tags {@code method},
 *       {@code level})</td></tr>
 * </table>
 *
 * <p><b>Tags.</b> One tag per group key, named after it ({@code touchpoint}, {@code channel},
 * ...), valued by the group's key value, or {@value #ALL} on the row of all groups together;
 * {@code window} is the {@link WindowSpec#name() window's name} ({@code 60m}, {@code 30d}) or
 * {@value #TOTAL} for everything since start; plus the common tags the caller gives. A query
 * summing over groups should exclude the {@value #ALL} rows.
 *
 * <p><b>Small samples.</b> n is exported beside every score, so a dashboard can show or hide
 * small groups. A group or window with no responses exports n = 0 and NaN for the NPS, the
 * shares and the bounds (Micrometer's value for "no value"; Prometheus shows {@code NaN}). A
 * group that drops out of a window stays registered with n = 0.
 *
 * <p><b>Refresh.</b> Gauges read a cached computation that is refreshed, when older than the
 * refresh interval (default one second), from {@link LiveScores#total()} and
 * {@link LiveScores#window(WindowSpec)}; so all gauges of one scrape agree and a scrape costs
 * one refresh, not one per gauge. New groups get their gauges at the refresh that first sees
 * them. The scale must be {@link Scale#NPS} (standard breaks). Thread-safe.
 */
public final class LiveScoreMetrics implements MeterBinder {

    /** NPS, in points. */
    public static final String NPS = "cx.nps";
    /** Share of promoters, a fraction. */
    public static final String PROMOTERS = "cx.nps.promoter.share";
    /** Share of detractors, a fraction. */
    public static final String DETRACTORS = "cx.nps.detractor.share";
    /** Number of responses. */
    public static final String RESPONSES = "cx.nps.responses";
    /** Lower bound of the NPS interval, in points. */
    public static final String LOWER = "cx.nps.interval.lower";
    /** Upper bound of the NPS interval, in points. */
    public static final String UPPER = "cx.nps.interval.upper";
    /** The key value of the row of all groups together. */
    public static final String ALL = "(all)";
    /** The window tag of the running total. */
    public static final String TOTAL = "total";

    private final LiveScores live;
    private final NpsIntervalMethod method;
    private final double level;
    private final Tags commonTags;
    private final long refreshNanos;
    private final LongSupplier nanoTime;

    private final Object lock = new Object();
    /** Rows by window tag and group key; guarded by {@link #lock}. */
    private final Map<String, Map<List<String>, Row>> rows = new LinkedHashMap<>();

    private long refreshedAt;
    private boolean refreshed;
    /** The registries bound so far; a binder may serve several. */
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();

    private LiveScoreMetrics(Builder builder) {
        this.live = builder.live;
        this.method = builder.method;
        this.level = builder.level;
        this.commonTags = builder.tags;
        this.refreshNanos = builder.refreshInterval.toNanos();
        this.nanoTime = builder.nanoTime;
    }

    /**
     * {@return a builder of the meters of {@code live}}
     *
     * @param live the live scores, on the NPS scale
     * @throws IllegalArgumentException when its scale is not {@link Scale#NPS}
     */
    public static Builder builder(LiveScores live) {
        return new Builder(live);
    }

    /**
     * {@return the meters of {@code live} with the default options}
     *
     * @param live the live scores, on the NPS scale
     */
    public static LiveScoreMetrics of(LiveScores live) {
        return builder(live).build();
    }

    /** Options of {@link LiveScoreMetrics}; not thread-safe. */
    public static final class Builder {
        private final LiveScores live;
        private NpsIntervalMethod method = NpsIntervalMethod.ADJUSTED_WALD;
        private double level = 0.95;
        private Tags tags = Tags.empty();
        private Duration refreshInterval = Duration.ofSeconds(1);
        private LongSupplier nanoTime = System::nanoTime;

        private Builder(LiveScores live) {
            this.live = Objects.requireNonNull(live, "live");
            checkArgument(
                    live.scale().equals(Scale.NPS),
                    "live scores must be on scale %s, were on %s",
                    Scale.NPS,
                    live.scale());
        }

        /**
         * The interval's method and level (default adjusted Wald at 0.95).
         *
         * @param method the interval method
         * @param level the confidence level, in (0, 1)
         * @return this builder
         */
        public Builder interval(NpsIntervalMethod method, double level) {
            this.method = Objects.requireNonNull(method, "method");
            checkArgument(level > 0 && level < 1, "level must be in (0, 1), was %s", level);
            this.level = level;
            return this;
        }

        /**
         * Tags added to every meter (for example the service's name).
         *
         * @param tags tags added to every meter (for example the service's name)
         * @return this builder
         */
        public Builder tags(Iterable<Tag> tags) {
            this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /**
         * How old the computed values may be before a gauge read refreshes them (default 1 s).
         *
         * @param refreshInterval how old the computed values may be before a gauge read refreshes
         *     them (default 1 s)
         * @return this builder
         */
        public Builder refreshInterval(Duration refreshInterval) {
            Objects.requireNonNull(refreshInterval, "refreshInterval");
            checkArgument(
                    !refreshInterval.isNegative(),
                    "refreshInterval must be >= 0, was %s",
                    refreshInterval);
            this.refreshInterval = refreshInterval;
            return this;
        }

        /** The time source of the refresh interval, in nanoseconds (default System.nanoTime). */
        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /** {@return the binder} */
        public LiveScoreMetrics build() {
            return new LiveScoreMetrics(this);
        }
    }

    /** The values of one group in one window, replaced whole at each refresh. */
    private static final class Row {
        final Tags tags;
        volatile Values values = Values.EMPTY;

        Row(Tags tags) {
            this.tags = tags;
        }
    }

    private record Values(
            long n, double nps, double promoters, double detractors, double lower, double upper) {
        static final Values EMPTY =
                new Values(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        List<Row> known = new ArrayList<>();
        synchronized (lock) {
            registries.add(registry);
            rows.values().forEach(byGroup -> known.addAll(byGroup.values()));
        }
        for (Row row : known) {
            register(registry, row);
        }
        refresh(true);
    }

    /** Recomputes every row now and registers the gauges of new groups. */
    public void refresh() {
        refresh(true);
    }

    private void refreshIfStale() {
        refresh(false);
    }

    private void refresh(boolean force) {
        List<Row> added = new ArrayList<>();
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            if (!force && refreshed && now - refreshedAt < refreshNanos) {
                return;
            }
            update(TOTAL, live.total(), added);
            for (WindowSpec spec : live.windows()) {
                update(spec.name(), live.window(spec), added);
            }
            refreshedAt = nanoTime.getAsLong();
            refreshed = true;
        }
        // Registered outside the lock: a registry may read other gauges meanwhile.
        for (MeterRegistry target : registries) {
            for (Row row : added) {
                register(target, row);
            }
        }
    }

    private void update(String window, GroupedScores scores, List<Row> added) {
        Map<List<String>, Row> byGroup = rows.computeIfAbsent(window, w -> new LinkedHashMap<>());
        List<String> all = Collections.nCopies(scores.keys().size(), ALL);
        Map<List<String>, ScoreHistogram> current = new LinkedHashMap<>();
        current.put(all, scores.total());
        current.putAll(scores.groups());
        current.forEach((key, histogram) -> {
            if (!byGroup.containsKey(key)) {
                Row row = new Row(tags(scores.keys(), key, window));
                byGroup.put(key, row);
                added.add(row);
            }
        });
        // Each row's values are replaced once; groups that dropped out of the window read n = 0.
        byGroup.forEach((key, row) -> {
            ScoreHistogram histogram = current.get(key);
            row.values = histogram == null ? Values.EMPTY : values(histogram);
        });
    }

    private Tags tags(List<GroupKey> keys, List<String> values, String window) {
        Tags tags = commonTags;
        for (int i = 0; i < keys.size(); i++) {
            tags = tags.and(keys.get(i).name(), values.get(i));
        }
        return tags.and("window", window);
    }

    private Values values(ScoreHistogram histogram) {
        if (histogram.isEmpty()) {
            return Values.EMPTY;
        }
        Nps nps = Nps.of(histogram);
        Interval interval = nps.interval(method, level);
        return new Values(
                nps.n(),
                nps.value(),
                nps.promoterShare(),
                nps.detractorShare(),
                interval.lower(),
                interval.upper());
    }

    private void register(MeterRegistry target, Row row) {
        gauge(
                target,
                row,
                NPS,
                "points",
                "Net Promoter Score, -100..100 points",
                Values::nps,
                row.tags);
        gauge(
                target,
                row,
                PROMOTERS,
                null,
                "Share of promoters (9-10), a fraction in [0, 1]",
                Values::promoters,
                row.tags);
        gauge(
                target,
                row,
                DETRACTORS,
                null,
                "Share of detractors (0-6), a fraction in [0, 1]",
                Values::detractors,
                row.tags);
        gauge(
                target,
                row,
                RESPONSES,
                "responses",
                "Number of responses behind the NPS",
                values -> values.n(),
                row.tags);
        Tags intervalTags = row.tags
                .and("method", method.label())
                .and("level", String.format(Locale.ROOT, "%s", level));
        gauge(
                target,
                row,
                LOWER,
                "points",
                "Lower bound of the NPS confidence interval",
                Values::lower,
                intervalTags);
        gauge(
                target,
                row,
                UPPER,
                "points",
                "Upper bound of the NPS confidence interval",
                Values::upper,
                intervalTags);
    }

    private void gauge(
            MeterRegistry target,
            Row row,
            String name,
            String baseUnit,
            String description,
            ToDoubleFunction<Values> value,
            Tags tags) {
        Gauge.builder(name, row, r -> {
                    refreshIfStale();
                    return value.applyAsDouble(r.values);
                })
                .baseUnit(baseUnit)
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(target);
    }

    @Override
    public String toString() {
        return "LiveScoreMetrics{windows=" + live.windows() + ", " + method.label() + " " + level
                + "}";
    }
}
