package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Parameter uncertainty carried into predictions: standard errors and confidence intervals for
 * expected transactions and for per-customer and total CLV, by the delta method.
 *
 * <p>Method: with theta the fitted parameters and Sigma their covariance from the inverse observed
 * information ({@link dev.cxkit.stats.MaximumLikelihoodEstimate#covariance()}), a prediction g(theta)
 * has variance g'(theta)^T Sigma g'(theta) (the delta method; e.g. Casella &amp; Berger 2002,
 * section 5.5.4), with the gradient by central differences (relative step 1e-5). The purchase and
 * spend models are fitted separately, on independent likelihoods, so their covariance is block
 * diagonal. The interval is built on the log scale, g exp(+-z se/g), so it stays positive as every
 * prediction here is; method name {@code "delta-log"}.
 *
 * <p>Why the delta method and not a parametric bootstrap: it costs 2k + 1 evaluations of the
 * prediction (k = 4 or 7 parameters) instead of a refit per bootstrap draw, it is deterministic (no
 * seed, the same interval on every run), and with the thousands of customers a customer base has,
 * the sampling distribution of the estimates is close to normal, which is the condition for it to
 * hold. On small bases (a few hundred customers) the log-scale interval is the better of the two
 * delta intervals, but a bootstrap would be the more faithful choice there.
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
public final class ClvUncertainty {

    /**
     * A prediction with its delta-method standard error and interval.
     *
     * @param value the prediction at the estimates
     * @param standardError its delta-method standard error, {@code >= 0}
     * @param interval the {@code "delta-log"} interval at the requested level
     */
    public record Prediction(double value, double standardError, Interval interval) {

        /**
         * Validates the prediction.
         *
         * @param value the prediction at the estimates
         * @param standardError its delta-method standard error, {@code >= 0}
         * @param interval the {@code "delta-log"} interval at the requested level
         */
        public Prediction {
            Objects.requireNonNull(interval, "interval");
        }
    }

    private static final double STEP = 1e-5;

    private ClvUncertainty() {}

    /**
     * E[Y(t) | x, t_x, T] of one customer with its uncertainty.
     *
     * @param purchases the fitted purchase-count model, with its covariance
     * @param t the length of the prediction period, in the model's time unit, {@code >= 0}
     * @param customer the customer's summary (x, t_x, T)
     * @param level the confidence level, in (0, 1)
     * @return the expected number of purchases with its standard error and interval
     * @throws IllegalStateException if the fit has no covariance (see {@link ModelFit})
     */
    public static Prediction conditionalExpectedTransactions(
            ModelFit<? extends RepeatBuyingModel> purchases,
            double t,
            RfmSummary customer,
            double level) {
        Objects.requireNonNull(customer, "customer");
        return predict(
                purchases,
                null,
                (model, spend) -> model.conditionalExpectedTransactions(t, customer),
                level,
                Interval.Unit.COUNT);
    }

    /**
     * E[X(t)] of a new customer with its uncertainty.
     *
     * @param purchases the fitted purchase-count model, with its covariance
     * @param t the length of the prediction period, in the model's time unit, {@code >= 0}
     * @param level the confidence level, in (0, 1)
     * @return the expected number of repeat purchases with its standard error and interval
     */
    public static Prediction expectedTransactions(
            ModelFit<? extends RepeatBuyingModel> purchases, double t, double level) {
        return predict(
                purchases,
                null,
                (model, spend) -> model.expectedTransactions(t),
                level,
                Interval.Unit.COUNT);
    }

    /**
     * {@link CustomerLifetimeValue#of} for one customer with its uncertainty from both fits.
     *
     * @param purchases the fitted purchase-count model, with its covariance
     * @param spend the fitted Gamma-Gamma spend model, with its covariance
     * @param customer the customer's summary, with its monetary value
     * @param schedule the horizon and discount rate, in the purchase model's time unit
     * @param level the confidence level, in (0, 1)
     * @return the CLV, in the customers' money, with its standard error and interval
     */
    public static Prediction customerLifetimeValue(
            ModelFit<? extends RepeatBuyingModel> purchases,
            ModelFit<GammaGammaModel> spend,
            RfmSummary customer,
            DiscountSchedule schedule,
            double level) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(spend, "spend");
        return predict(
                purchases,
                spend,
                (model, value) -> CustomerLifetimeValue.of(model, value, customer, schedule),
                level,
                Interval.Unit.MONEY);
    }

    /**
     * {@return the sum of {@link CustomerLifetimeValue#of} over customers with its uncertainty: the
     * customers' values share the parameters, so the variance of the total is that of one function
     * of them, not the sum of the customers' variances}
     *
     * @param purchases the fitted purchase-count model, with its covariance
     * @param spend the fitted Gamma-Gamma spend model, with its covariance
     * @param customers the customers' summaries, with monetary values
     * @param schedule the horizon and discount rate, in the purchase model's time unit
     * @param level the confidence level, in (0, 1)
     */
    public static Prediction totalCustomerLifetimeValue(
            ModelFit<? extends RepeatBuyingModel> purchases,
            ModelFit<GammaGammaModel> spend,
            Collection<RfmSummary> customers,
            DiscountSchedule schedule,
            double level) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(spend, "spend");
        List<RfmSummary> all = List.copyOf(customers);
        return predict(
                purchases,
                spend,
                (model, value) -> {
                    double total = 0;
                    for (RfmSummary customer : all) {
                        total += CustomerLifetimeValue.of(model, value, customer, schedule);
                    }
                    return total;
                },
                level,
                Interval.Unit.MONEY);
    }

    private static Prediction predict(
            ModelFit<? extends RepeatBuyingModel> purchases,
            ModelFit<GammaGammaModel> spend,
            BiFunction<RepeatBuyingModel, GammaGammaModel, Double> prediction,
            double level,
            Interval.Unit unit) {
        Objects.requireNonNull(purchases, "purchases");
        double z = Confidence.z(level);
        double[] theta = purchases.estimate().estimates();
        double[][] purchaseCovariance = covariance(purchases);
        double[] phi = spend == null ? new double[0] : spend.estimate().estimates();
        double[][] spendCovariance = spend == null ? new double[0][0] : covariance(spend);
        RepeatBuyingModel model = purchases.model();
        GammaGammaModel value = spend == null ? null : spend.model();
        double centre = prediction.apply(model, value);
        double[] gradient = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double h = STEP * theta[i];
            gradient[i] = (prediction.apply(model.withParameters(shifted(theta, i, h)), value)
                            - prediction.apply(model.withParameters(shifted(theta, i, -h)), value))
                    / (2 * h);
        }
        double[] spendGradient = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            double h = STEP * phi[i];
            spendGradient[i] = (prediction.apply(model, gammaGamma(shifted(phi, i, h)))
                            - prediction.apply(model, gammaGamma(shifted(phi, i, -h))))
                    / (2 * h);
        }
        double variance =
                quadratic(gradient, purchaseCovariance) + quadratic(spendGradient, spendCovariance);
        double standardError = Math.sqrt(Math.max(variance, 0));
        Interval interval;
        if (centre > 0) {
            double spread = Math.exp(z * standardError / centre);
            interval = new Interval(centre / spread, centre * spread, level, "delta-log", unit);
        } else {
            interval = new Interval(centre, centre, level, "delta-log", unit);
        }
        return new Prediction(centre, standardError, interval);
    }

    private static GammaGammaModel gammaGamma(double[] p) {
        return GammaGammaModel.of(p[0], p[1], p[2]);
    }

    private static double[][] covariance(ModelFit<?> fit) {
        return fit.estimate()
                .covariance()
                .orElseThrow(() -> new IllegalStateException(
                        "the fit has no covariance of its estimates (its observed information is not positive definite): "
                                + fit.estimate()));
    }

    private static double[] shifted(double[] at, int i, double by) {
        double[] point = at.clone();
        point[i] += by;
        return point;
    }

    private static double quadratic(double[] g, double[][] covariance) {
        checkArgument(g.length == covariance.length, "gradient and covariance differ in size");
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                sum += g[i] * covariance[i][j] * g[j];
            }
        }
        return sum;
    }
}
