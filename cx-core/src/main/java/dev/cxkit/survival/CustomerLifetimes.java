package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Customer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;

/**
 * Customer lifetimes as survival data, observed at an instant {@code asOf}: the duration runs
 * from acquisition to churn (an event) or, for a customer still active at {@code asOf}, to
 * {@code asOf} (censored). A churn after {@code asOf} is not yet known and counts as active.
 *
 * <p>Durations are in {@code unit}, fractional: the elapsed time divided by the unit's duration
 * ({@link ChronoUnit#getDuration()}; months and years are their average Gregorian lengths,
 * 30.436875 and 365.2425 days). Stateless and thread-safe.
 */
public final class CustomerLifetimes {

    private CustomerLifetimes() {}

    /**
     * {@return the risk sets of {@code customers} observed at {@code asOf}, durations in
     * {@code unit}}
     *
     * @param customers the customers, with their acquisition and churn times
     * @param asOf the instant of observation: customers still active then are censored at it
     * @param unit the unit of the durations
     * @throws IllegalArgumentException when a customer was acquired after {@code asOf}, or
     *     {@code unit} is longer than a millennium or shorter than a second
     */
    public static RiskSets riskSets(Iterable<Customer> customers, Instant asOf, ChronoUnit unit) {
        return strata(customers, customer -> "all", asOf, unit).pooled();
    }

    /**
     * {@return the risk sets of {@code customers} observed at {@code asOf}, one stratum per value
     * of {@code key} (a plan, a region, an acquisition channel...), durations in {@code unit}}
     *
     * @param <K> the type of the stratum keys
     * @param customers the customers, with their acquisition and churn times
     * @param key the stratum of each customer
     * @param asOf the instant of observation: customers still active then are censored at it
     * @param unit the unit of the durations
     * @throws IllegalArgumentException as {@link #riskSets}
     */
    public static <K> Strata<K> strata(
            Iterable<Customer> customers,
            Function<? super Customer, ? extends K> key,
            Instant asOf,
            ChronoUnit unit) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(asOf, "asOf");
        double seconds = unitSeconds(unit);
        StrataAccumulator<K> strata = StrataAccumulator.create();
        for (Customer customer : customers) {
            Objects.requireNonNull(customer, "customer");
            checkArgument(
                    !customer.acquiredAt().isAfter(asOf),
                    "acquiredAt of customer %s must not be after asOf (%s), was %s",
                    customer.id(),
                    asOf,
                    customer.acquiredAt());
            boolean churned = customer.churnedAt().map(at -> !at.isAfter(asOf)).orElse(false);
            Instant end = churned ? customer.churnedAt().orElseThrow() : asOf;
            Duration lifetime = Duration.between(customer.acquiredAt(), end);
            double duration = (lifetime.getSeconds() + lifetime.getNano() / 1e9) / seconds;
            strata.add(
                    Objects.requireNonNull(key.apply(customer), "key of customer " + customer.id()),
                    duration,
                    churned);
        }
        return strata.snapshot();
    }

    private static double unitSeconds(ChronoUnit unit) {
        Objects.requireNonNull(unit, "unit");
        checkArgument(
                !(unit.compareTo(ChronoUnit.SECONDS) < 0
                        || unit.compareTo(ChronoUnit.MILLENNIA) > 0),
                "unit must be from SECONDS to MILLENNIA, was %s",
                unit);
        return unit.getDuration().getSeconds();
    }
}
