package dev.cxkit.journey;

import dev.cxkit.model.Touchpoint;
import dev.cxkit.stats.Proportion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The friction evidence of every touchpoint, one {@link Proportion} per {@link FrictionSignal}, and
 * the ranking of touchpoints by it under a {@link FrictionRule}. Built by a
 * {@link FrictionAccumulator}.
 *
 * <p>A signal with no observations anywhere has an empty base rate and adds nothing to any
 * score. A report over no data at all still ranks every touchpoint, each with score 0 and no
 * counted signal, and {@link #isEmpty() says it is empty}. Immutable value object; thread-safe.
 */
public final class FrictionReport {

    private final TouchpointCatalogue catalogue;
    private final Map<String, Map<FrictionSignal, Proportion>> evidence;
    private final Map<FrictionSignal, Proportion> baseRates;

    private FrictionReport(
            TouchpointCatalogue catalogue,
            Map<String, Map<FrictionSignal, Proportion>> evidence,
            Map<FrictionSignal, Proportion> baseRates) {
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.baseRates = baseRates;
    }

    static FrictionReport of(
            TouchpointCatalogue catalogue, Map<String, Map<FrictionSignal, Proportion>> evidence) {
        Map<FrictionSignal, Proportion> base = new EnumMap<>(FrictionSignal.class);
        for (FrictionSignal signal : FrictionSignal.values()) {
            long count = 0;
            long n = 0;
            for (Map<FrictionSignal, Proportion> rates : evidence.values()) {
                count += rates.get(signal).count();
                n += rates.get(signal).n();
            }
            base.put(signal, new Proportion(signal.label(), count, n));
        }
        Map<String, Map<FrictionSignal, Proportion>> copy = new LinkedHashMap<>();
        evidence.forEach((id, rates) -> copy.put(id, Map.copyOf(rates)));
        return new FrictionReport(catalogue, copy, Map.copyOf(base));
    }

    /** {@return true when no signal has a single observation} */
    public boolean isEmpty() {
        return baseRates.values().stream().allMatch(Proportion::isEmpty);
    }

    /**
     * {@return the rate of every signal at the touchpoint with id {@code touchpointId}}
     *
     * @param touchpointId the touchpoint's id
     */
    public Map<FrictionSignal, Proportion> evidence(String touchpointId) {
        catalogue.require(touchpointId, "touchpointId");
        return evidence.get(touchpointId);
    }

    /**
     * {@return the pooled rate of {@code signal} over all touchpoints}
     *
     * @param signal the friction signal
     */
    public Proportion baseRate(FrictionSignal signal) {
        return baseRates.get(Objects.requireNonNull(signal, "signal"));
    }

    /** {@return touchpoints ranked by {@link FrictionRule#defaults()}} */
    public List<RankedTouchpoint> ranking() {
        return ranking(FrictionRule.defaults());
    }

    /**
     * {@return touchpoints ranked by {@code rule}, most friction first}
     *
     * @param rule the signal weights and the minimum n of a ranked touchpoint
     */
    public List<RankedTouchpoint> ranking(FrictionRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<RankedTouchpoint> ranked = new ArrayList<>();
        for (Touchpoint touchpoint : catalogue.touchpoints()) {
            List<SignalScore> signals = new ArrayList<>();
            double score = 0;
            for (FrictionSignal signal : FrictionSignal.values()) {
                Proportion rate = evidence.get(touchpoint.id()).get(signal);
                boolean counted = rate.n() >= rule.minN() && rule.weight(signal) > 0;
                double excess = counted
                        ? Math.max(0, rate.value() - baseRates.get(signal).value())
                        : 0;
                score += rule.weight(signal) * excess;
                signals.add(new SignalScore(signal, rate, counted, excess));
            }
            ranked.add(new RankedTouchpoint(touchpoint, score, signals));
        }
        ranked.sort(Comparator.comparingDouble(RankedTouchpoint::score).reversed());
        return List.copyOf(ranked);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrictionReport report
                && catalogue.equals(report.catalogue)
                && evidence.equals(report.evidence);
    }

    @Override
    public int hashCode() {
        return 31 * catalogue.hashCode() + evidence.hashCode();
    }

    @Override
    public String toString() {
        return "FrictionReport{touchpoints=" + evidence.size() + "}";
    }

    /**
     * A touchpoint's place in a friction ranking.
     *
     * @param touchpoint the touchpoint
     * @param score its friction score under the rule, {@code >= 0}
     * @param signals every signal's evidence and contribution, in {@link FrictionSignal} order
     */
    public record RankedTouchpoint(Touchpoint touchpoint, double score, List<SignalScore> signals) {

        /**
         * Checks that nothing is null and copies the signals.
         *
         * @param touchpoint the touchpoint
         * @param score its friction score under the rule, {@code >= 0}
         * @param signals every signal's evidence and contribution, in {@link FrictionSignal} order
         */
        public RankedTouchpoint {
            Objects.requireNonNull(touchpoint, "touchpoint");
            signals = List.copyOf(signals);
        }
    }

    /**
     * One signal at one touchpoint.
     *
     * @param signal the signal
     * @param rate its share and n at the touchpoint
     * @param counted whether it entered the score (n at least the rule's minimum, weight > 0)
     * @param excess {@code max(0, rate - base rate)} when counted, else 0
     */
    public record SignalScore(
            FrictionSignal signal, Proportion rate, boolean counted, double excess) {

        /**
         * Checks that nothing is null.
         *
         * @param signal the signal
         * @param rate its share and n at the touchpoint
         * @param counted whether it entered the score (n at least the rule's minimum, weight > 0)
         * @param excess {@code max(0, rate - base rate)} when counted, else 0
         */
        public SignalScore {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(rate, "rate");
        }
    }
}
