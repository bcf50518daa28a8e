package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.MaximumLikelihood;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.hipparchus.special.Gamma;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", J. Marketing Research 42(4); Fader &amp; Hardie's
 * note "The Gamma-Gamma model of monetary value", 2013).
 *
 * <p>A customer's transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers;
 * spend is assumed independent of the transaction process. Fitted on the customers with at least
 * one repeat purchase of positive value, from the number of such purchases
 * ({@link RfmSummary#valuedPurchases()}) and zbar, their mean value: purchases of zero value (free
 * items, returns netting to 0) count as repeat transactions for the purchase models but are left
 * out of the spend model, whose Gamma distribution has no mass at 0 (FHL 2005 and the 2013 note
 * model the mean of positive transaction values).
 *
 * <p>Immutable value type; thread-safe.
 */
public final class GammaGammaModel {

    private static final List<String> NAMES = List.of("p", "q", "gamma");

    private final double p;
    private final double q;
    private final double gamma;

    private GammaGammaModel(double p, double q, double gamma) {
        this.p = p;
        this.q = q;
        this.gamma = gamma;
    }

    /**
     * {@return the model with the given parameters, each > 0 and finite}
     *
     * @param p the shape parameter of a transaction value's Gamma distribution
     * @param q the shape parameter of the spend rate's Gamma distribution
     * @param gamma the scale parameter of the spend rate's Gamma distribution
     */
    public static GammaGammaModel of(double p, double q, double gamma) {
        BgNbdModel.checkPositive("p", p);
        BgNbdModel.checkPositive("q", q);
        BgNbdModel.checkPositive("gamma", gamma);
        return new GammaGammaModel(p, q, gamma);
    }

    /**
     * Fits by maximum likelihood on the customers with {@code valuedPurchases > 0} (others are
     * skipped), x below being the number of valued repeat purchases:
     * <pre>
     *   ln f(zbar | x) = ln G(px + q) - ln G(px) - ln G(q) + q ln gamma + (px - 1) ln zbar
     *                  + px ln x - (px + q) ln(gamma + x zbar)
     * </pre>
     * (Fader &amp; Hardie 2013, eq. 4). The Gamma functions depend on x alone and are evaluated once
     * per distinct x.
     *
     * @param customers the customers' summaries, with their valued purchases and mean values
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if no customer has a repeat purchase of positive value
     * @throws FitFailedException if the fit does not converge, naming the data and the last parameters
     */
    public static ModelFit<GammaGammaModel> fit(Collection<RfmSummary> customers) {
        SpendData data = SpendData.of(customers);
        double[] start = {1, 2, data.meanValue()};
        MaximumLikelihoodEstimate estimate = MaximumLikelihood.maximizePositive(
                NAMES,
                start,
                parameters -> data.logLikelihood(parameters[0], parameters[1], parameters[2]));
        return RepeatBuyingFit.checked(
                "Gamma-Gamma", data.describe(), estimate, p -> of(p[0], p[1], p[2]));
    }

    /**
     * {@return p, the shape parameter of the Gamma(p, nu) distribution of one transaction's value}
     */
    public double p() {
        return p;
    }

    /** {@return q, the shape parameter of the Gamma(q, gamma) distribution of the spend rate} */
    public double q() {
        return q;
    }

    /**
     * {@return gamma, the scale parameter of the Gamma(q, gamma) distribution of the spend rate}
     */
    public double gamma() {
        return gamma;
    }

    /**
     * E[M | x, zbar] = p (gamma + x zbar) / (px + q - 1), the expected value of a customer's future
     * transactions (Fader &amp; Hardie 2013, eq. 5): a weighted mean of the population mean and the
     * customer's own mean. With {@code x = 0} it is the population mean.
     *
     * @param x the number of repeat purchases of positive value, {@code >= 0}
     * @param zbar the mean value of those purchases (ignored when {@code x = 0}), {@code > 0}
     * @return the expected value per transaction, in the customer's money
     * @throws IllegalArgumentException if {@code x < 0}, or {@code zbar} is negative, not finite, or
     *     non-zero for {@code x = 0}
     * @throws IllegalStateException if {@code px + q <= 1}, where the expectation is infinite
     */
    public double conditionalExpectedAverageValue(int x, double zbar) {
        checkArgument(x >= 0, "x must be >= 0, was %s", x);
        checkArgument(
                zbar >= 0 && Double.isFinite(zbar), "zbar must be >= 0 and finite, was %s", zbar);
        checkArgument(x > 0 || zbar == 0, "zbar must be 0 when x is 0, was %s", zbar);
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
            throw new IllegalStateException("conditional expected value needs p x + q > 1, was "
                    + (p * x + q) + " (p = " + p + ", q = " + q + ", x = " + x + ")");
        }
        return p * (gamma + x * zbar) / denominator;
    }

    /**
     * {@link #conditionalExpectedAverageValue(int, double)} for a customer's summary: x is the
     * number of repeat purchases of positive value, zbar their mean (the population mean for a
     * customer with none).
     *
     * @param customer the customer's summary (x, t_x, T)
     * @return the expected value per transaction, in the customer's money
     * @throws IllegalStateException as {@link #conditionalExpectedAverageValue(int, double)}
     */
    public double conditionalExpectedAverageValue(RfmSummary customer) {
        Objects.requireNonNull(customer, "customer");
        return conditionalExpectedAverageValue(
                customer.valuedPurchases(), customer.meanRepeatValue());
    }

    /**
     * {@return the population mean transaction value p gamma / (q - 1)}
     *
     * @throws IllegalStateException if {@code q <= 1}: the mean is then infinite
     */
    public double populationMeanValue() {
        if (q <= 1) {
            throw new IllegalStateException("population mean value needs q > 1, was q = " + q);
        }
        return p * gamma / (q - 1);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GammaGammaModel)) {
            return false;
        }
        GammaGammaModel that = (GammaGammaModel) other;
        return Double.compare(p, that.p) == 0
                && Double.compare(q, that.q) == 0
                && Double.compare(gamma, that.gamma) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(p, q, gamma);
    }

    @Override
    public String toString() {
        return "GammaGammaModel{p=" + p + ", q=" + q + ", gamma=" + gamma + "}";
    }

    /** Repeat buyers' (x, zbar) in columns, with ln zbar precomputed. */
    private static final class SpendData {
        private final int[] frequency;
        private final double[] value;
        private final double[] logValue;
        private final int maxFrequency;

        private SpendData(int[] frequency, double[] value) {
            this.frequency = frequency;
            this.value = value;
            this.logValue = new double[value.length];
            int max = 0;
            for (int i = 0; i < value.length; i++) {
                logValue[i] = Math.log(value[i]);
                max = Math.max(max, frequency[i]);
            }
            this.maxFrequency = max;
        }

        static SpendData of(Collection<RfmSummary> customers) {
            Objects.requireNonNull(customers, "customers");
            int repeat = 0;
            for (RfmSummary customer : customers) {
                if (Objects.requireNonNull(customer, "customer").valuedPurchases() > 0) {
                    repeat++;
                }
            }
            checkArgument(
                    repeat > 0,
                    "customers must include one with a repeat purchase of positive value to fit spend, were %s"
                            + " without",
                    customers.size());
            int[] frequency = new int[repeat];
            double[] value = new double[repeat];
            int i = 0;
            for (RfmSummary customer : customers) {
                if (customer.valuedPurchases() > 0) {
                    frequency[i] = customer.valuedPurchases();
                    value[i++] = customer.meanRepeatValue();
                }
            }
            return new SpendData(frequency, value);
        }

        String describe() {
            return value.length
                    + " customers with valued repeat purchases (mean of their mean values "
                    + meanValue() + ")";
        }

        double meanValue() {
            double sum = 0;
            for (double v : value) {
                sum += v;
            }
            return sum / value.length;
        }

        double logLikelihood(double p, double q, double gamma) {
            double[] byFrequency = new double[maxFrequency + 1];
            double logGammaQ = Gamma.logGamma(q);
            for (int x = 1; x <= maxFrequency; x++) {
                byFrequency[x] = Gamma.logGamma(p * x + q)
                        - Gamma.logGamma(p * x)
                        - logGammaQ
                        + p * x * Math.log(x);
            }
            double qLogGamma = q * Math.log(gamma);
            return ChunkedSum.over(value.length, (from, to) -> {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    int x = frequency[i];
                    sum += byFrequency[x]
                            + qLogGamma
                            + (p * x - 1) * logValue[i]
                            - (p * x + q) * Math.log(gamma + x * value[i]);
                }
                return sum;
            });
        }
    }
}
