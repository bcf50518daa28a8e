package dev.cxkit.pyramid;

import static dev.cxkit.internal.Checks.checkArgument;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The weights of the three {@link PyramidLevel}s in a {@link CxPyramid} index: non-negative,
 * summing to 1, with the method that produced them.
 *
 * <p>{@link #fromLoyalty} derives them from the user's own data: per respondent, a rating for
 * each level (for example the mean of their answers to the level's questions) and a loyalty
 * outcome (an NPS answer 0..10, or 1/0 for retained/churned). Every variable is standardized
 * (mean 0, sample standard deviation 1) and the outcome regressed on the three levels by
 * ordinary least squares; the coefficients are the standardized regression coefficients
 * (beta weights: the change in outcome, in standard deviations, per standard deviation of a
 * level, the others held fixed; e.g. Cohen, Cohen, West and Aiken, "Applied Multiple
 * Regression/Correlation Analysis", 3rd ed., 2003, section 3.5). Negative coefficients are
 * clipped to 0 (a level that seems to lower loyalty gets no weight rather than a negative one)
 * and the rest normalized to sum to 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights the weight of each level, {@code >= 0}, summing to 1
 * @param method how the weights were chosen: {@code "equal"}, {@code "given"} or
 *     {@code "standardized-ols"}
 * @param effects the standardized regression coefficients before clipping, for
 *     {@code "standardized-ols"}; empty otherwise
 */
public record PyramidWeights(
        Map<PyramidLevel, Double> weights, String method, Map<PyramidLevel, Double> effects) {

    /**
     * Checks the weights, each in [0, 1] and summing to 1, and copies the maps.
     *
     * @param weights the weight of each level, {@code >= 0}, summing to 1
     * @param method how the weights were chosen: {@code "equal"}, {@code "given"} or
     *     {@code "standardized-ols"}
     * @param effects the standardized regression coefficients before clipping, for
     *     {@code "standardized-ols"}; empty otherwise
     * @throws IllegalArgumentException when a level has no weight or its weight is out of range, or
     *     the weights do not sum to 1
     */
    public PyramidWeights {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(effects, "effects");
        double sum = 0;
        for (PyramidLevel level : PyramidLevel.values()) {
            Double weight = weights.get(level);
            checkArgument(
                    weight != null && weight >= 0 && weight <= 1,
                    "weight of %s must be in [0, 1], was %s",
                    level,
                    weight);
            sum += weight;
        }
        checkArgument(!(Math.abs(sum - 1) > 1e-9), "weights must sum to 1, summed to %s", sum);
        weights = Map.copyOf(weights);
        effects = Map.copyOf(effects);
    }

    /** {@return one third each} */
    public static PyramidWeights equal() {
        return of(1, 1, 1, "equal");
    }

    /**
     * {@return the given relative weights, normalized to sum to 1}
     *
     * @param meetsNeeds the relative weight of meeting needs, {@code >= 0}
     * @param easy the relative weight of ease, {@code >= 0}
     * @param enjoyable the relative weight of enjoyment, {@code >= 0}
     * @throws IllegalArgumentException when a weight is negative or not finite, or all are 0
     */
    public static PyramidWeights of(double meetsNeeds, double easy, double enjoyable) {
        return of(meetsNeeds, easy, enjoyable, "given");
    }

    /**
     * Weights from each level's standardized effect on {@code loyalty}, negative effects
     * clipped to 0, normalized to sum to 1. The four arrays hold one value per respondent.
     *
     * @param meetsNeeds each respondent's rating of how well needs were met
     * @param easy each respondent's rating of ease
     * @param enjoyable each respondent's rating of enjoyment
     * @param loyalty each respondent's loyalty measure (a likelihood to recommend, say)
     * @return the weights, method {@code "standardized-ols"}, with the effects before clipping
     * @throws IllegalArgumentException when the arrays differ in length, have fewer than 5
     *     respondents, hold a non-finite value, a variable is constant, the level ratings are
     *     collinear, or no level has a positive effect
     */
    public static PyramidWeights fromLoyalty(
            double[] meetsNeeds, double[] easy, double[] enjoyable, double[] loyalty) {
        double[][] columns = {meetsNeeds, easy, enjoyable, loyalty};
        String[] names = {"meetsNeeds", "easy", "enjoyable", "loyalty"};
        int n = Objects.requireNonNull(loyalty, "loyalty").length;
        for (int c = 0; c < columns.length; c++) {
            Objects.requireNonNull(columns[c], names[c]);
            checkArgument(
                    columns[c].length == n,
                    "%s must have one value per respondent (%s), had %s",
                    names[c],
                    n,
                    columns[c].length);
        }
        checkArgument(n >= 5, "loyalty weights need at least 5 respondents, had %s", n);
        double[][] z = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            z[c] = standardized(columns[c], names[c]);
        }
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                x[i][c] = z[c][i];
            }
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.setNoIntercept(true);
        double[] beta;
        try {
            regression.newSampleData(z[3], x);
            beta = regression.estimateRegressionParameters();
        } catch (MathIllegalArgumentException singular) {
            throw new IllegalArgumentException(
                    "the level ratings are collinear (one is a linear "
                            + "combination of the others); their effects cannot be separated",
                    singular);
        }
        Map<PyramidLevel, Double> effects = new EnumMap<>(PyramidLevel.class);
        for (PyramidLevel level : PyramidLevel.values()) {
            effects.put(level, beta[level.ordinal()]);
        }
        double positive = Math.max(0, beta[0]) + Math.max(0, beta[1]) + Math.max(0, beta[2]);
        checkArgument(
                positive != 0,
                "no level has a positive effect on loyalty, standardized coefficients were %s",
                effects);
        Map<PyramidLevel, Double> weights = new EnumMap<>(PyramidLevel.class);
        for (PyramidLevel level : PyramidLevel.values()) {
            weights.put(level, Math.max(0, beta[level.ordinal()]) / positive);
        }
        return new PyramidWeights(weights, "standardized-ols", effects);
    }

    /**
     * {@return the weight of {@code level}}
     *
     * @param level the pyramid level
     */
    public double weight(PyramidLevel level) {
        return weights.get(Objects.requireNonNull(level, "level"));
    }

    private static PyramidWeights of(
            double meetsNeeds, double easy, double enjoyable, String method) {
        double[] given = {meetsNeeds, easy, enjoyable};
        double sum = 0;
        for (PyramidLevel level : PyramidLevel.values()) {
            double weight = given[level.ordinal()];
            checkArgument(
                    weight >= 0 && !Double.isInfinite(weight),
                    "weight of %s must be finite and >= 0, was %s",
                    level,
                    weight);
            sum += weight;
        }
        checkArgument(sum != 0, "at least one level weight must be > 0");
        Map<PyramidLevel, Double> weights = new EnumMap<>(PyramidLevel.class);
        for (PyramidLevel level : PyramidLevel.values()) {
            weights.put(level, given[level.ordinal()] / sum);
        }
        return new PyramidWeights(weights, method, Map.of());
    }

    private static double[] standardized(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            checkArgument(
                    Double.isFinite(values[i]),
                    "%s[%s] must be finite, was %s",
                    name,
                    i,
                    values[i]);
        }
        double mean = new Mean().evaluate(values);
        double sd = new StandardDeviation().evaluate(values);
        checkArgument(
                sd > 0, "%s must vary across respondents, all values were %s", name, values[0]);
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            z[i] = (values[i] - mean) / sd;
        }
        return z;
    }
}
