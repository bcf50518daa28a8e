package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * BG/NBD, MBG/NBD and Pareto/NBD side by side on the same customers, so a user can choose between
 * them: each model's maximised log-likelihood, AIC = 2k - 2 ln L and BIC = k ln n - 2 ln L (k
 * parameters, n customers; Akaike 1974, Schwarz 1978; lower is better), and, given a holdout
 * period, its {@link HoldoutCheck}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelComparison {

    /**
     * One model's entry.
     *
     * @param fit the fitted model
     * @param aic 2k - 2 ln L
     * @param bic k ln n - 2 ln L
     * @param holdout the calibration/holdout check, when a holdout was given
     */
    public record Row(
            ModelFit<? extends RepeatBuyingModel> fit,
            double aic,
            double bic,
            Optional<HoldoutCheck> holdout) {

        /**
         * Validates that nothing is null.
         *
         * @param fit the fitted model
         * @param aic 2k - 2 ln L
         * @param bic k ln n - 2 ln L
         * @param holdout the calibration/holdout check, when a holdout was given
         */
        public Row {
            Objects.requireNonNull(fit, "fit");
            Objects.requireNonNull(holdout, "holdout");
        }

        /** {@return the model's name ("BG/NBD", ...)} */
        public String modelName() {
            return fit.model().modelName();
        }

        /** {@return the maximised log-likelihood} */
        public double logLikelihood() {
            return fit.logLikelihood();
        }
    }

    private final long customers;
    private final List<Row> rows;

    private ModelComparison(long customers, List<Row> rows) {
        this.customers = customers;
        this.rows = List.copyOf(rows);
    }

    /**
     * Fits the BG/NBD, MBG/NBD and Pareto/NBD to the patterns and compares them.
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     * @return the comparison, one row per model
     * @throws IllegalArgumentException if the patterns cannot identify the models
     * @throws FitFailedException if a fit fails, naming the model
     */
    public static ModelComparison fit(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        return of(
                patterns.customers(),
                List.of(
                        BgNbdModel.fit(patterns),
                        MbgNbdModel.fit(patterns),
                        ParetoNbdModel.fit(patterns)));
    }

    /**
     * Fits the three models to the calibration summaries and compares them, each with its
     * calibration/holdout check over a holdout of length {@code horizon} (model time units).
     *
     * @param customers the customers' calibration summaries with holdout purchases
     * @param horizon the length of the holdout period, in the models' time unit, {@code > 0}
     * @return the comparison, one row per model
     * @throws IllegalArgumentException if the data cannot identify the models or the horizon is not
     *     positive
     * @throws FitFailedException if a fit fails, naming the model
     */
    public static ModelComparison fit(Collection<CalibrationHoldout> customers, double horizon) {
        Objects.requireNonNull(customers, "customers");
        RfmPatterns.Builder builder = RfmPatterns.builder();
        customers.forEach(customer -> builder.add(customer.calibration()));
        RfmPatterns patterns = builder.build();
        return of(
                patterns.customers(),
                List.of(
                        BgNbdModel.fit(patterns),
                        MbgNbdModel.fit(patterns),
                        ParetoNbdModel.fit(patterns)),
                customers,
                horizon);
    }

    /**
     * Compares fits made on the same {@code customers} customers by their likelihood (AIC, BIC),
     * without a holdout check.
     *
     * @param customers the number of customers the fits were made on, {@code >= 1}
     * @param fits the fitted models, at least one
     * @return the comparison, one row per fit, each with an empty {@link Row#holdout()}
     * @throws NullPointerException if {@code fits} is null
     * @throws IllegalArgumentException if {@code customers < 1} or there are no fits
     */
    public static ModelComparison of(
            long customers, List<? extends ModelFit<? extends RepeatBuyingModel>> fits) {
        return compare(customers, fits, model -> Optional.empty());
    }

    /**
     * Compares fits made on the same {@code customers} customers by their likelihood (AIC, BIC)
     * and by each model's calibration/holdout check.
     *
     * @param customers the number of customers the fits were made on, {@code >= 1}
     * @param fits the fitted models, at least one
     * @param holdout the customers' calibration summaries with holdout purchases
     * @param horizon the length of the holdout period, in the models' time unit
     * @return the comparison, one row per fit
     * @throws NullPointerException if {@code fits} or {@code holdout} is null
     * @throws IllegalArgumentException if {@code customers < 1}, there are no fits, or the holdout
     *     check refuses {@code holdout} or {@code horizon}
     */
    public static ModelComparison of(
            long customers,
            List<? extends ModelFit<? extends RepeatBuyingModel>> fits,
            Collection<CalibrationHoldout> holdout,
            double horizon) {
        Objects.requireNonNull(holdout, "holdout");
        return compare(
                customers, fits, model -> Optional.of(HoldoutCheck.of(model, holdout, horizon)));
    }

    private static ModelComparison compare(
            long customers,
            List<? extends ModelFit<? extends RepeatBuyingModel>> fits,
            Function<RepeatBuyingModel, Optional<HoldoutCheck>> check) {
        Objects.requireNonNull(fits, "fits");
        checkArgument(customers >= 1, "customers must be >= 1, was %s", customers);
        checkArgument(!fits.isEmpty(), "fits must not be empty");
        List<Row> rows = new ArrayList<>();
        for (ModelFit<? extends RepeatBuyingModel> fit : fits) {
            int k = fit.model().parameterCount();
            double ll = fit.logLikelihood();
            rows.add(new Row(
                    fit,
                    2 * k - 2 * ll,
                    k * Math.log(customers) - 2 * ll,
                    check.apply(fit.model())));
        }
        return new ModelComparison(customers, rows);
    }

    /** {@return the number of customers the models were fitted on (the n of BIC)} */
    public long customers() {
        return customers;
    }

    /** {@return one row per model, in the order fitted} */
    public List<Row> rows() {
        return rows;
    }

    /** {@return the row with the lowest BIC} */
    public Row bestByBic() {
        return rows.stream().min((a, b) -> Double.compare(a.bic(), b.bic())).orElseThrow();
    }
}
