/**
 * Journey analytics over touchpoints: journeys assembled from unordered interaction and
 * response streams ({@link dev.cxkit.journey.JourneyAssembler}), the stage funnel
 * ({@link dev.cxkit.journey.FunnelAccumulator}), friction ranked by evidence
 * ({@link dev.cxkit.journey.FrictionAccumulator}), service measures
 * ({@link dev.cxkit.journey.ServiceAccumulator}), consistency across touchpoints and the
 * per-customer journey score ({@link dev.cxkit.journey.Consistency}) and a configurable health
 * score ({@link dev.cxkit.journey.HealthModel}).
 *
 * <p>Accumulators are mutable and not thread-safe; give each thread its own and merge them.
 * Results are immutable. Every rate carries its n ({@link dev.cxkit.stats.Proportion}) and a
 * Wilson interval; a statistic of nothing throws {@link IllegalStateException} naming the
 * metric. An event at a touchpoint outside the {@link dev.cxkit.journey.TouchpointCatalogue}
 * is rejected with an {@link IllegalArgumentException}, never counted nowhere. Nothing is null
 * unless it is an {@link java.util.Optional}.
 */
package dev.cxkit.journey;
