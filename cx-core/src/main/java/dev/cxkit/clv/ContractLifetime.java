package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * One contractual customer's observed tenure in whole periods, for the shifted-beta-geometric
 * model: either lost in period {@code periods} (at least 1: the first renewal not made was at the
 * end of that period) or still active after {@code periods} periods (0 or more; censored).
 *
 * <p>Immutable and thread-safe.
 *
 * @param periods the churn period, or the periods observed for an active customer
 * @param churned true when the customer was lost in period {@code periods}
 */
public record ContractLifetime(int periods, boolean churned) {

    /**
     * Validates the period against the state.
     *
     * @param periods the churn period, or the periods observed for an active customer
     * @param churned true when the customer was lost in period {@code periods}
     */
    public ContractLifetime {
        checkArgument(
                periods >= (churned ? 1 : 0),
                "periods must be >= %s for a %s customer, was %s",
                churned ? 1 : 0,
                churned ? "churned" : "active",
                periods);
    }

    /**
     * {@return a customer lost in {@code period} (1 = did not renew after the first period)}
     *
     * @param period the period in which the customer was lost, {@code >= 1}
     */
    public static ContractLifetime churnedIn(int period) {
        return new ContractLifetime(period, true);
    }

    /**
     * {@return a customer still active after {@code periods} periods (censored)}
     *
     * @param periods the number of periods the customer has been observed active, {@code >= 1}
     */
    public static ContractLifetime activeAfter(int periods) {
        return new ContractLifetime(periods, false);
    }
}
