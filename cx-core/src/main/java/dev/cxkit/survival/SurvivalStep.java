package dev.cxkit.survival;

/**
 * One row of a Kaplan-Meier table: the estimate just after a distinct duration.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the duration
 * @param atRisk subjects at risk just before {@code time} (duration {@code >= time})
 * @param events events at {@code time}
 * @param censored censorings at {@code time}
 * @param survival the Kaplan-Meier estimate {@code S(time)}
 * @param standardError Greenwood's standard error of {@code S(time)} (0 where {@code S} is 0)
 */
public record SurvivalStep(
        double time,
        long atRisk,
        long events,
        long censored,
        double survival,
        double standardError) {}
