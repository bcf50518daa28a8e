package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Collection;
import java.util.Objects;

/**
 * Contractual tenure data reduced to counts: customers lost in each period {@code t >= 1} and
 * customers still active (censored) after each period {@code t >= 0}. Package-private: the
 * shifted-beta-geometric fit's sufficient statistics.
 */
final class ChurnTable {

    private final long[] churned;
    private final long[] active;

    private ChurnTable(long[] churned, long[] active) {
        this.churned = churned;
        this.active = active;
    }

    /** From survivor counts N_0 >= N_1 >= ... >= N_n of one cohort (Fader &amp; Hardie 2007). */
    static ChurnTable fromSurvivors(long[] survivors) {
        Objects.requireNonNull(survivors, "survivors");
        checkArgument(
                survivors.length >= 2,
                "survivors must cover periods 0..n with n >= 1, length was %s",
                survivors.length);
        int last = survivors.length - 1;
        long[] churned = new long[last + 1];
        long[] active = new long[last + 1];
        for (int t = 0; t <= last; t++) {
            checkArgument(survivors[t] >= 0, "survivors[%s] must be >= 0, was %s", t, survivors[t]);
            if (t > 0) {
                checkArgument(
                        survivors[t] <= survivors[t - 1],
                        "survivors must not increase, survivors[%s] was %s after %s",
                        t,
                        survivors[t],
                        survivors[t - 1]);
                churned[t] = survivors[t - 1] - survivors[t];
            }
        }
        active[last] = survivors[last];
        return checked(new ChurnTable(churned, active));
    }

    /** From per-customer tenures, churned or censored. */
    static ChurnTable fromLifetimes(Collection<ContractLifetime> lifetimes) {
        Objects.requireNonNull(lifetimes, "lifetimes");
        int last = 1;
        for (ContractLifetime lifetime : lifetimes) {
            last = Math.max(last, Objects.requireNonNull(lifetime, "lifetime").periods());
        }
        long[] churned = new long[last + 1];
        long[] active = new long[last + 1];
        for (ContractLifetime lifetime : lifetimes) {
            (lifetime.churned() ? churned : active)[lifetime.periods()]++;
        }
        return checked(new ChurnTable(churned, active));
    }

    /**
     * Refuses data that cannot identify both parameters: nobody lost, or nobody observed past the
     * first period.
     */
    private static ChurnTable checked(ChurnTable table) {
        long lost = 0;
        long pastFirst = 0;
        for (int t = 0; t < table.churned.length; t++) {
            lost += table.churned[t];
            if (t >= 2) {
                pastFirst += table.churned[t] + table.active[t];
            }
        }
        checkArgument(lost > 0, "lifetimes must include at least one churned customer, were none");
        checkArgument(
                pastFirst > 0,
                "lifetimes must include a customer observed for 2 or more periods to separate alpha and beta, were none");
        return table;
    }

    /** The data summary named in fit messages: periods, customers lost and still active. */
    String describe() {
        long lost = 0;
        long still = 0;
        for (int t = 0; t < churned.length; t++) {
            lost += churned[t];
            still += active[t];
        }
        return (churned.length - 1) + " periods (" + lost + " customers lost, " + still
                + " active)";
    }

    /**
     * The sBG log-likelihood sum_t churned_t ln P(T = t) + sum_t active_t ln S(t), with
     * ln S(t) = sum_{i <= t} ln r_i and ln P(T = t) = ln S(t - 1) + ln(alpha / (alpha + beta + t - 1)).
     */
    double logLikelihood(double alpha, double beta) {
        double sum = 0; // active[0] adds ln S(0) = 0
        double logSurvival = 0;
        for (int t = 1; t < churned.length; t++) {
            double denominator = alpha + beta + t - 1;
            if (churned[t] > 0) {
                sum += churned[t] * (logSurvival + Math.log(alpha / denominator));
            }
            logSurvival += Math.log((beta + t - 1) / denominator);
            if (active[t] > 0) {
                sum += active[t] * logSurvival;
            }
        }
        return sum;
    }
}
