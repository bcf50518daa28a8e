package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;

import org.hipparchus.stat.correlation.SpearmansCorrelation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Key driver analysis: which drivers (touchpoints, attributes) move an outcome (likelihood to
 * recommend, satisfaction, churn 0/1), and where to act.
 *
 * <p>For the drivers and outcome of a {@link DriverData} it reports:
 * <ul>
 *   <li>each driver's Pearson and Spearman correlation with the outcome;</li>
 *   <li>R^2 of the linear regression of the outcome on all drivers (with intercept);</li>
 *   <li>Johnson's relative weights and Shapley (LMG) values, both summing to R^2, raw and as
 *       shares of R^2 (see the package-private {@code RelativeWeights} and {@code ShapleyValues}
 *       for formulas and sources);</li>
 *   <li>seeded bootstrap percentile intervals for every importance and a comparison with a
 *       random noise driver (see {@link BootstrapSummary});</li>
 *   <li>each driver's performance (normalized mean rating) and its {@link Quadrant}.</li>
 * </ul>
 *
 * <p>Missing answers follow a {@link MissingPolicy} (listwise deletion by default). Constant
 * drivers and drivers that are linear combinations of earlier ones are left out and listed in
 * {@link DriverReport#dropped()} with the reason. Rejected with an
 * {@link IllegalArgumentException}: fewer than drivers + 2 usable respondents, a constant
 * outcome, an outcome unrelated to every driver (R^2 = 0, so no shares), inconsistent pairwise
 * correlations.
 *
 * <p>Shapley values visit all 2^p subsets up to {@link Builder#shapleyExactLimit(int)} drivers
 * (default 15, at most 20); above it they average over seeded random orders. The noise model
 * has one driver more than the analysed one.
 *
 * <p>Cost: each bootstrap resample recomputes the correlations (O(n p^2)) and both measures
 * twice, with and without the noise driver; relative weights cost O(p^3), exact Shapley values
 * O(p 2^p), so with many drivers the Shapley values dominate (at 15 drivers and 1000 resamples,
 * a few times 10^9 floating-point operations). Lower the resamples for interactive use.
 *
 * <p>Immutable and thread-safe; the same settings and data give the same report.
 */
public final class KeyDriverAnalysis {

    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default confidence level of the bootstrap intervals. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
    /** Default seed of the bootstrap, the noise driver and sampled Shapley orders. */
    public static final long DEFAULT_SEED = 20_000_101L;
    /** Default largest number of drivers whose Shapley values are computed exactly. */
    public static final int DEFAULT_SHAPLEY_EXACT_LIMIT = 15;
    /** Default number of random orders behind sampled Shapley values. */
    public static final int DEFAULT_SHAPLEY_ORDERS = 1000;

    /** Below this R^2 the outcome counts as unrelated to the drivers (shares undefined). */
    private static final double MIN_R_SQUARED = 1e-12;

    private final MissingPolicy missingPolicy;
    private final int resamples;
    private final double confidenceLevel;
    private final long seed;
    private final int shapleyExactLimit;
    private final int shapleyOrders;
    private final Optional<QuadrantThresholds> thresholds;

    private KeyDriverAnalysis(Builder builder) {
        this.missingPolicy = builder.missingPolicy;
        this.resamples = builder.resamples;
        this.confidenceLevel = builder.confidenceLevel;
        this.seed = builder.seed;
        this.shapleyExactLimit = builder.shapleyExactLimit;
        this.shapleyOrders = builder.shapleyOrders;
        this.thresholds = builder.thresholds;
    }

    /** {@return an analysis with the default settings} */
    public static KeyDriverAnalysis create() {
        return builder().build();
    }

    /** {@return a builder starting from the default settings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyses {@code data}.
     *
     * @param data the outcome and driver columns
     * @return the importance and performance of each driver
     * @throws IllegalArgumentException on input the analysis cannot estimate (see the class
     *     documentation); the message names the driver or count at fault
     */
    public DriverReport analyze(DriverData data) {
        Objects.requireNonNull(data, "data");
        AnalysisSample sample = AnalysisSample.of(data, missingPolicy);
        CorrelationMatrix correlations = sample.correlations;
        double rSquared = correlations.rSquared().orElseThrow();
        checkArgument(
                rSquared > MIN_R_SQUARED,
                "outcome '%s' is linearly unrelated to every driver"
                        + " (R^2 = %s), so importance shares are undefined",
                data.outcomeName(),
                rSquared);

        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom orderRandom = random.split();
        ImportanceMeasure shapley = m -> m.drivers() <= shapleyExactLimit
                ? ShapleyValues.exact(m)
                : ShapleyValues.sampled(m, shapleyOrders, orderRandom);
        List<ImportanceMeasure> measures = List.of(RelativeWeights::of, shapley);
        double[] weights = RelativeWeights.of(correlations);
        double[] shapleyValues = shapley.of(correlations);
        Optional<ImportanceBootstrap> bootstrap = resamples == 0
                ? Optional.empty()
                : Optional.of(ImportanceBootstrap.run(
                        sample, measures, resamples, confidenceLevel, random));

        int p = sample.names.size();
        double[] performance = new double[p];
        for (int j = 0; j < p; j++) {
            performance[j] = performance(sample.columns[j], sample.rows, data);
        }
        QuadrantThresholds split = thresholds.orElseGet(() -> new QuadrantThresholds(
                1.0 / p, Arrays.stream(performance).average().orElseThrow()));
        double[] outcome = sample.columns[p];
        List<DriverImportance> drivers = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            int driver = j;
            Importance weight = new Importance(
                    weights[j], weights[j] / rSquared, bootstrap.map(b -> b.summaries(0)[driver]));
            Importance value = new Importance(
                    shapleyValues[j],
                    shapleyValues[j] / rSquared,
                    bootstrap.map(b -> b.summaries(1)[driver]));
            drivers.add(new DriverImportance(
                    sample.names.get(j),
                    sample.driverRespondents[j],
                    correlations.entry(j, p),
                    spearman(sample.columns[j], outcome, sample.rows),
                    weight,
                    value,
                    performance[j],
                    Quadrant.of(weight.share(), performance[j], split)));
        }
        drivers.sort(Comparator.comparingDouble(
                        (DriverImportance d) -> d.relativeWeight().share())
                .reversed());
        return new DriverReport(
                data.outcomeName(),
                missingPolicy,
                data.respondents(),
                sample.respondentsUsed,
                rSquared,
                drivers,
                sample.dropped,
                split,
                bootstrap.map(ImportanceBootstrap::used).orElse(0),
                bootstrap.map(ImportanceBootstrap::discarded).orElse(0),
                p > shapleyExactLimit ? OptionalInt.of(shapleyOrders) : OptionalInt.empty());
    }

    /**
     * Mean rating over the respondents used who answered, as a fraction of the rating scale
     * ({@code (mean - lowest) / (highest - lowest)}), or of the driver's observed range there
     * when the data declare no scale.
     */
    private static double performance(double[] column, int[] rows, DriverData data) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i : rows) {
            double v = column[i];
            if (!Double.isNaN(v)) {
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                n++;
            }
        }
        OptionalDouble lowest = data.scaleLowest();
        double low = lowest.orElse(min);
        double high = data.scaleHighest().orElse(max);
        return (sum / n - low) / (high - low);
    }

    /** Spearman's rank correlation (Hipparchus, average ranks for ties) over shared answers. */
    private static double spearman(double[] x, double[] y, int[] rows) {
        int n = 0;
        double[] xs = new double[rows.length];
        double[] ys = new double[rows.length];
        for (int i : rows) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        return new SpearmansCorrelation().correlation(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    /** Settings of a {@link KeyDriverAnalysis}; not thread-safe. */
    public static final class Builder {
        private MissingPolicy missingPolicy = MissingPolicy.LISTWISE;
        private int resamples = DEFAULT_RESAMPLES;
        private double confidenceLevel = DEFAULT_CONFIDENCE_LEVEL;
        private long seed = DEFAULT_SEED;
        private int shapleyExactLimit = DEFAULT_SHAPLEY_EXACT_LIMIT;
        private int shapleyOrders = DEFAULT_SHAPLEY_ORDERS;
        private Optional<QuadrantThresholds> thresholds = Optional.empty();

        private Builder() {}

        /**
         * How missing answers are treated; default {@link MissingPolicy#LISTWISE}.
         *
         * @param policy how missing answers are treated; default {@link MissingPolicy#LISTWISE}
         * @return this builder
         */
        public Builder missingPolicy(MissingPolicy policy) {
            this.missingPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Bootstrap resamples, {@code >= 0} (0 turns the bootstrap off); default 1000.
         *
         * @param resamples bootstrap resamples, {@code >= 0} (0 turns the bootstrap off); default
         *     1000
         * @return this builder
         */
        public Builder bootstrapResamples(int resamples) {
            checkArgument(resamples >= 0, "bootstrapResamples must be >= 0, was %s", resamples);
            this.resamples = resamples;
            return this;
        }

        /**
         * Confidence level of the bootstrap intervals, in (0, 1); default 0.95.
         *
         * @param level the confidence level, in (0, 1)
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = Confidence.checkLevel(level);
            return this;
        }

        /**
         * Seed of every random draw (resamples, noise driver, Shapley orders).
         *
         * @param seed seed of every random draw (resamples, noise driver, Shapley orders)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Largest number of drivers whose Shapley values visit all subsets, in [1, 20].
         *
         * @param drivers largest number of drivers whose Shapley values visit all subsets, in [1,
         *     20]
         * @return this builder
         */
        public Builder shapleyExactLimit(int drivers) {
            checkArgument(
                    drivers >= 1 && drivers <= ShapleyValues.MAX_EXACT_DRIVERS,
                    "shapleyExactLimit must be in [1, %s], was %s",
                    ShapleyValues.MAX_EXACT_DRIVERS,
                    drivers);
            this.shapleyExactLimit = drivers;
            return this;
        }

        /**
         * Random orders behind Shapley values above the exact limit, {@code >= 1}; default 1000.
         *
         * @param orders random orders behind Shapley values above the exact limit, {@code >= 1};
         *     default 1000
         * @return this builder
         */
        public Builder shapleySampledOrders(int orders) {
            checkArgument(orders >= 1, "shapleySampledOrders must be >= 1, was %s", orders);
            this.shapleyOrders = orders;
            return this;
        }

        /**
         * Fixed quadrant thresholds instead of the means over the drivers analysed.
         *
         * @param thresholds fixed quadrant thresholds instead of the means over the drivers
         *     analysed
         * @return this builder
         */
        public Builder quadrantThresholds(QuadrantThresholds thresholds) {
            this.thresholds = Optional.of(Objects.requireNonNull(thresholds, "thresholds"));
            return this;
        }

        /** {@return the analysis with these settings} */
        public KeyDriverAnalysis build() {
            return new KeyDriverAnalysis(this);
        }
    }
}
