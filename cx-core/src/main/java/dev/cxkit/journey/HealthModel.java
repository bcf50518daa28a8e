package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A configurable customer health score: a weighted mean of normalized {@link HealthSignal}s,
 * in points (0..100), with a {@link RiskBand}.
 *
 * <pre>  health = 100 * sum_{s present} w_s v_s / sum_{s present} w_s</pre>
 *
 * <p>Missing signals (no NPS answer, no CES answer, no interaction) are left out and the weights
 * renormalized over the present ones, so a customer is neither punished nor rewarded for not
 * answering a survey; the {@link Health} lists what was missing. Only events at or before the
 * assessment time count. When no signal with a positive weight is present the score is
 * undefined and {@link #assess} throws {@link IllegalArgumentException} saying so.
 *
 * <p>Defaults: weights NPS 0.25, CSAT 0.20, CES 0.15, friction 0.15, recency 0.15, tenure 0.10;
 * five friction events bring that signal to 0; recency halves every 90 days; tenure is full
 * after 365 days; healthy from 70, watch from 40, at-risk below. These are judgement calls, not
 * estimates: fit them to your own churn where you can. Immutable and thread-safe.
 */
public final class HealthModel {

    private final Map<HealthSignal, Double> weights;
    private final double frictionEventsToZero;
    private final Duration recencyHalfLife;
    private final Duration tenureToFull;
    private final double healthyFrom;
    private final double watchFrom;

    private HealthModel(Builder builder) {
        this.weights = Map.copyOf(builder.weights);
        this.frictionEventsToZero = builder.frictionEventsToZero;
        this.recencyHalfLife = builder.recencyHalfLife;
        this.tenureToFull = builder.tenureToFull;
        this.healthyFrom = builder.healthyFrom;
        this.watchFrom = builder.watchFrom;
    }

    /** {@return the model with the default settings} */
    public static HealthModel defaults() {
        return builder().build();
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the weight of {@code signal}}
     *
     * @param signal the health signal
     */
    public double weight(HealthSignal signal) {
        return weights.get(Objects.requireNonNull(signal, "signal"));
    }

    /**
     * {@return the health of {@code customer} with journey {@code journey} at time {@code asOf}}
     *
     * @param customer the customer
     * @param journey the customer's journey
     * @param asOf the instant of assessment
     * @throws IllegalArgumentException when the journey is another customer's, {@code asOf} is
     *     before the customer's acquisition, or no weighted signal is present
     */
    public Health assess(Customer customer, Journey journey, Instant asOf) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(asOf, "asOf");
        checkArgument(
                customer.id().equals(journey.customerId()),
                "journey.customerId must be the customer's id '%s', was '%s'",
                customer.id(),
                journey.customerId());
        checkArgument(
                !asOf.isBefore(customer.acquiredAt()),
                "asOf must be >= acquiredAt (%s) of customer '%s', was %s",
                customer.acquiredAt(),
                customer.id(),
                asOf);
        Map<HealthSignal, Double> values = new EnumMap<>(HealthSignal.class);
        latestNps(journey, asOf).ifPresent(v -> values.put(HealthSignal.NPS, v));
        meanOf(journey, asOf, Scale.CSAT, Scale.CSAT)
                .ifPresent(v -> values.put(HealthSignal.CSAT, v));
        meanOf(journey, asOf, Scale.CES, Scale.CES_LEGACY)
                .ifPresent(v -> values.put(HealthSignal.CES, v));
        friction(journey, asOf).ifPresent(v -> values.put(HealthSignal.FRICTION, v));
        recency(journey, asOf).ifPresent(v -> values.put(HealthSignal.RECENCY, v));
        values.put(
                HealthSignal.TENURE,
                Math.min(1, ratio(Duration.between(customer.acquiredAt(), asOf), tenureToFull)));

        double weighted = 0;
        double totalWeight = 0;
        Set<HealthSignal> missing = EnumSet.noneOf(HealthSignal.class);
        for (HealthSignal signal : HealthSignal.values()) {
            double weight = weights.get(signal);
            if (weight == 0) {
                continue;
            }
            if (values.containsKey(signal)) {
                weighted += weight * values.get(signal);
                totalWeight += weight;
            } else {
                missing.add(signal);
            }
        }
        checkArgument(
                totalWeight != 0,
                "health of customer '%s' is undefined at %s: no weighted signal present, missing %s",
                customer.id(),
                asOf,
                missing);
        double score = Math.min(100, Math.max(0, 100 * weighted / totalWeight));
        return new Health(customer.id(), score, band(score), values, missing);
    }

    /**
     * {@return the risk band of a score in 0..100}
     *
     * @param score the health score, in 0..100
     */
    public RiskBand band(double score) {
        checkArgument(score >= 0 && score <= 100, "score must be in 0..100, was %s", score);
        return score >= healthyFrom
                ? RiskBand.HEALTHY
                : score >= watchFrom ? RiskBand.WATCH : RiskBand.AT_RISK;
    }

    private static OptionalDouble latestNps(Journey journey, Instant asOf) {
        SurveyResponse latest = null;
        for (SurveyResponse response : journey.responses()) {
            if (!response.time().isAfter(asOf) && response.scale().equals(Scale.NPS)) {
                latest = response;
            }
        }
        if (latest == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(latest.score() >= 9 ? 1 : latest.score() >= 7 ? 0.5 : 0);
    }

    private static OptionalDouble meanOf(
            Journey journey, Instant asOf, Scale scale, Scale alsoScale) {
        return journey.responses().stream()
                .filter(response -> !response.time().isAfter(asOf))
                .filter(response ->
                        response.scale().equals(scale) || response.scale().equals(alsoScale))
                .mapToDouble(Normalized::score)
                .average();
    }

    private OptionalDouble friction(Journey journey, Instant asOf) {
        long interactions = 0;
        long events = 0;
        for (Interaction interaction : journey.interactions()) {
            if (!interaction.time().isAfter(asOf)) {
                interactions++;
                events += interaction.outcome() != Outcome.COMPLETED || !interaction.resolved()
                        ? 1
                        : 0;
            }
        }
        return interactions == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0, 1 - events / frictionEventsToZero));
    }

    private OptionalDouble recency(Journey journey, Instant asOf) {
        Instant latest = null;
        for (Interaction interaction : journey.interactions()) {
            latest = later(latest, interaction.time(), asOf);
        }
        for (SurveyResponse response : journey.responses()) {
            latest = later(latest, response.time(), asOf);
        }
        return latest == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(
                        Math.pow(2, -ratio(Duration.between(latest, asOf), recencyHalfLife)));
    }

    private static Instant later(Instant latest, Instant time, Instant asOf) {
        return time.isAfter(asOf) || latest != null && !time.isAfter(latest) ? latest : time;
    }

    private static double ratio(Duration numerator, Duration denominator) {
        return (double) numerator.toSeconds() / denominator.toSeconds();
    }

    /** Settings of a {@link HealthModel}. Not thread-safe. */
    public static final class Builder {
        private final Map<HealthSignal, Double> weights = new EnumMap<>(Map.of(
                HealthSignal.NPS,
                0.25,
                HealthSignal.CSAT,
                0.20,
                HealthSignal.CES,
                0.15,
                HealthSignal.FRICTION,
                0.15,
                HealthSignal.RECENCY,
                0.15,
                HealthSignal.TENURE,
                0.10));
        private double frictionEventsToZero = 5;
        private Duration recencyHalfLife = Duration.ofDays(90);
        private Duration tenureToFull = Duration.ofDays(365);
        private double healthyFrom = 70;
        private double watchFrom = 40;

        private Builder() {}

        /**
         * The weight of {@code signal}, finite and {@code >= 0}; 0 leaves it out.
         *
         * @param signal the health signal
         * @param weight the signal's weight, finite and {@code >= 0}
         * @return this builder
         */
        public Builder weight(HealthSignal signal, double weight) {
            Objects.requireNonNull(signal, "signal");
            checkArgument(
                    weight >= 0 && !Double.isInfinite(weight),
                    "weight of %s must be finite and >= 0, was %s",
                    signal,
                    weight);
            weights.put(signal, weight);
            return this;
        }

        /**
         * Friction events that bring the friction signal to 0, {@code > 0}.
         *
         * @param events friction events that bring the friction signal to 0, {@code > 0}
         * @return this builder
         */
        public Builder frictionEventsToZero(double events) {
            checkArgument(
                    events > 0 && !Double.isInfinite(events),
                    "frictionEventsToZero must be finite and > 0, was %s",
                    events);
            this.frictionEventsToZero = events;
            return this;
        }

        /**
         * Time in which the recency signal halves, at least one second.
         *
         * @param halfLife time in which the recency signal halves, at least one second
         * @return this builder
         */
        public Builder recencyHalfLife(Duration halfLife) {
            this.recencyHalfLife = positive(halfLife, "recencyHalfLife");
            return this;
        }

        /**
         * Tenure at which the tenure signal is full, at least one second.
         *
         * @param tenure tenure at which the tenure signal is full, at least one second
         * @return this builder
         */
        public Builder tenureToFull(Duration tenure) {
            this.tenureToFull = positive(tenure, "tenureToFull");
            return this;
        }

        /**
         * Cut-offs of the risk bands: healthy from {@code healthyFrom}, watch from
         * {@code watchFrom}; {@code 0 <= watchFrom <= healthyFrom <= 100}.
         *
         * @param healthyFrom the lowest score of the healthy band, in 0..100
         * @param watchFrom the lowest score of the watch band, in 0..100 and {@code <= healthyFrom}
         * @return this builder
         */
        public Builder cutOffs(double healthyFrom, double watchFrom) {
            checkArgument(
                    watchFrom >= 0 && watchFrom <= healthyFrom && healthyFrom <= 100,
                    "cut-offs must satisfy 0 <= watchFrom <= healthyFrom <= 100, were watchFrom "
                            + "%s, healthyFrom %s",
                    watchFrom,
                    healthyFrom);
            this.healthyFrom = healthyFrom;
            this.watchFrom = watchFrom;
            return this;
        }

        /** {@return the model} */
        public HealthModel build() {
            return new HealthModel(this);
        }

        private static Duration positive(Duration duration, String field) {
            Objects.requireNonNull(duration, field);
            checkArgument(
                    duration.toSeconds() >= 1, "%s must be >= 1 second, was %s", field, duration);
            return duration;
        }
    }
}
