package dev.cxkit.clv;

import dev.cxkit.internal.MaximumLikelihood;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The maximum-likelihood fit shared by the repeat-buying models: identifiability check, the
 * two-stage search of {@code MaximumLikelihood} (with a warm start on a stratified subsample of
 * large data), and the refusal of a result that did not converge or is not finite. Stateless.
 */
final class RepeatBuyingFit {

    private static final Logger LOG = LoggerFactory.getLogger(RepeatBuyingFit.class);

    /** Above twice this many patterns, a fit on a stratified subsample of this size gives the start. */
    static final int WARM_START_PATTERNS = 20_000;

    private RepeatBuyingFit() {}

    /**
     * Fits {@code model} (a factory of models from parameter vectors, called only with positive,
     * finite values) to the patterns.
     *
     * @throws IllegalArgumentException if the patterns cannot identify a repeat-buying model
     * @throws FitFailedException if the search does not converge or ends at a non-finite point
     */
    static <M extends RepeatBuyingModel> ModelFit<M> fit(
            String name,
            List<String> names,
            double[] start,
            RfmPatterns patterns,
            Function<double[], M> model) {
        patterns.checkIdentifiesRepeatBuying();
        MaximumLikelihoodEstimate estimate;
        if (patterns.size() > 2 * WARM_START_PATTERNS) {
            RfmPatterns sample = patterns.everyNth(
                    (patterns.size() + WARM_START_PATTERNS - 1) / WARM_START_PATTERNS);
            if (sample.repeatBuyers() > 0) {
                double[] warm = MaximumLikelihood.maximizePositive(
                                names, start, likelihood(model, sample))
                        .estimates();
                LOG.debug(
                        "{} warm start on {} of {} patterns: {}",
                        name,
                        sample.size(),
                        patterns.size(),
                        names(names, warm));
                estimate =
                        MaximumLikelihood.refinePositive(names, warm, likelihood(model, patterns));
                return checked(name, patterns, estimate, model);
            }
        }
        estimate = MaximumLikelihood.maximizePositive(names, start, likelihood(model, patterns));
        return checked(name, patterns, estimate, model);
    }

    private static <M> ToDoubleFunction<double[]> likelihood(
            Function<double[], M> model, RfmPatterns patterns) {
        return p -> {
            for (double value : p) {
                if (!(value > 0 && Double.isFinite(value))) {
                    // exp of a log-parameter beyond the range of a double: outside the
                    // parameter space, where the models refuse to be made
                    return Double.NEGATIVE_INFINITY;
                }
            }
            try {
                return ((RepeatBuyingModel) model.apply(p)).logLikelihood(patterns);
            } catch (ArithmeticException beyondSeries) {
                // a point where a special function cannot be evaluated counts as very unlikely
                return Double.NEGATIVE_INFINITY;
            }
        };
    }

    /**
     * The fit of {@code estimate}, or a {@link FitFailedException} naming the model, the data and
     * the last parameters when it did not converge or is not finite.
     */
    static <M> ModelFit<M> checked(
            String name,
            String data,
            MaximumLikelihoodEstimate estimate,
            Function<double[], M> model) {
        double[] p = estimate.estimates();
        boolean finite = Double.isFinite(estimate.logLikelihood());
        for (double value : p) {
            finite &= Double.isFinite(value) && value > 0;
        }
        boolean identified =
                estimate.standardError(estimate.parameterNames().get(0)).isPresent();
        if (!estimate.converged() || !finite || !identified) {
            String problem = !finite
                    ? "ended at a non-finite point"
                    : !estimate.converged()
                            ? "did not converge"
                            : "found no maximum (the observed information is not positive definite: a parameter drifts"
                                    + " toward 0 or infinity, so the data do not identify the model)";
            throw new FitFailedException(String.format(
                    Locale.ROOT,
                    "%s fit %s on %s: last parameters %s, log-likelihood %s after %d evaluations",
                    name,
                    problem,
                    data,
                    names(estimate.parameterNames(), p),
                    estimate.logLikelihood(),
                    estimate.evaluations()));
        }
        LOG.debug("{} fit converged on {}: {}", name, data, estimate);
        return new ModelFit<>(model.apply(p), estimate);
    }

    private static <M> ModelFit<M> checked(
            String name,
            RfmPatterns patterns,
            MaximumLikelihoodEstimate estimate,
            Function<double[], M> model) {
        return checked(name, describe(patterns), estimate, model);
    }

    /** The data summary named in messages: customers, patterns, repeat buyers, mean x and T. */
    static String describe(RfmPatterns patterns) {
        double[] means = patterns.meanFrequencyAndAge();
        return String.format(
                Locale.ROOT,
                "%d customers (%d patterns, %d repeat buyers, mean frequency %.4g, mean age %.4g)",
                patterns.customers(),
                patterns.size(),
                patterns.repeatBuyers(),
                means[0],
                means[1]);
    }

    static String names(List<String> names, double[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(values[i]);
        }
        return text.toString();
    }
}
