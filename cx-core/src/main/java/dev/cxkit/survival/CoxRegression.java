package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Fits the Cox proportional hazards model {@code h(t | x) = h0(t) exp(x beta)} (Cox 1972, JRSS B
 * 34:187-220) by maximum partial likelihood, as R's {@code survival::coxph} does: Newton-Raphson
 * from {@code beta = 0} with step halving when the log partial likelihood falls, stopping when
 * its relative change is at most {@code 1e-9} (R's {@code coxph.control(eps = 1e-9)}), at most
 * 20 iterations by default. Ties by {@link CoxTies} (Efron by default), covariates numeric or
 * categorical (one indicator per level against a named reference level), optional strata with
 * a baseline hazard of their own each (Therneau &amp; Grambsch 2000, "Modeling Survival Data:
 * Extending the Cox Model", ch. 3).
 *
 * <pre>{@code
 * CoxModel model = CoxRegression.builder(tenureMonths, churned)
 *         .numeric("monthlyCharges", charges)
 *         .categorical("contract", contracts, "Month-to-month")
 *         .fit();
 * }</pre>
 *
 * <p>Durations are finite numbers {@code >= 0} in the caller's unit. Subjects with an event and
 * subjects censored at the same duration: the censored are still at risk at it, as in
 * {@link RiskSets}. A builder is mutable and not thread-safe; it copies no arrays until
 * {@link #fit()}, which reads them and leaves them unchanged.
 */
public final class CoxRegression {

    private static final Logger LOG = LoggerFactory.getLogger(CoxRegression.class);
    private static final double EPS = 1e-9;

    private final double[] durations;
    private final boolean[] events;
    private final Map<String, double[]> numeric = new LinkedHashMap<>();
    private final Map<String, Categorical> categorical = new LinkedHashMap<>();
    private final List<String> termOrder = new ArrayList<>();
    private String[] strata;
    private CoxTies ties = CoxTies.EFRON;
    private int maxIterations = 20;

    private record Categorical(String[] values, String reference) {}

    private CoxRegression(double[] durations, boolean[] events) {
        this.durations = durations;
        this.events = events;
    }

    /**
     * {@return a builder for subjects {@code i} with {@code durations[i]}, ending in an event when
     * {@code events[i]} and censored otherwise}
     *
     * @param durations each subject's follow-up time, finite and {@code >= 0}
     * @param events whether each subject's follow-up ended in an event (otherwise it was censored)
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static CoxRegression builder(double[] durations, boolean[] events) {
        Objects.requireNonNull(durations, "durations");
        Objects.requireNonNull(events, "events");
        checkArgument(
                durations.length == events.length,
                "durations and events must have the same length, were %s and %s",
                durations.length,
                events.length);
        return new CoxRegression(durations, events);
    }

    /**
     * Adds the numeric covariate {@code name} with {@code values[i]} for subject {@code i}; its
     * coefficient is the log hazard ratio per unit.
     *
     * @param name the covariate's name, not taken by another covariate
     * @param values each subject's value, as many as durations, finite
     * @return this builder
     * @throws IllegalArgumentException when the name is taken, the length differs from the
     *     durations' or a value is not finite
     */
    public CoxRegression numeric(String name, double[] values) {
        Objects.requireNonNull(values, "values");
        addTerm(name, values.length);
        for (int i = 0; i < values.length; i++) {
            checkArgument(
                    Double.isFinite(values[i]),
                    "%s[%s] must be a finite number, was %s",
                    name,
                    i,
                    values[i]);
        }
        numeric.put(name, values);
        return this;
    }

    /**
     * Adds the categorical covariate {@code name} with level {@code values[i]} for subject
     * {@code i}: one indicator per level other than {@code reference}, levels in sorted
     * ({@link String#compareTo}) order; each coefficient is the log hazard ratio of its level
     * against {@code reference}.
     *
     * @param name the covariate's name, not taken by another covariate
     * @param values each subject's level, as many as durations
     * @param reference the reference level, which gets no coefficient; one of {@code values}
     * @return this builder
     * @throws IllegalArgumentException when the name is taken, the length differs from the
     *     durations', {@code reference} is not among the values or no other level is
     */
    public CoxRegression categorical(String name, String[] values, String reference) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(reference, "reference");
        addTerm(name, values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
        }
        categorical.put(name, new Categorical(values, reference));
        return this;
    }

    /**
     * Stratifies the model: subject {@code i} is in stratum {@code strata[i]}, each stratum has
     * a baseline hazard of its own and the coefficients are shared (R's {@code strata()}).
     *
     * @param strata each subject's stratum, as many as durations
     * @return this builder
     * @throws IllegalArgumentException when the length differs from the durations'
     */
    public CoxRegression strata(String[] strata) {
        Objects.requireNonNull(strata, "strata");
        checkLength("strata", strata.length);
        for (int i = 0; i < strata.length; i++) {
            Objects.requireNonNull(strata[i], "strata[" + i + "]");
        }
        this.strata = strata;
        return this;
    }

    /**
     * The handling of tied event times; {@link CoxTies#EFRON} unless set.
     *
     * @param ties the handling of tied event times; {@link CoxTies#EFRON} unless set
     * @return this builder
     */
    public CoxRegression ties(CoxTies ties) {
        this.ties = Objects.requireNonNull(ties, "ties");
        return this;
    }

    /**
     * The most Newton-Raphson iterations before the fit gives up; 20 unless set (as R).
     *
     * @param maxIterations the most Newton-Raphson iterations before the fit gives up; 20 unless
     *     set (as R)
     * @return this builder
     * @throws IllegalArgumentException when {@code maxIterations < 1}
     */
    public CoxRegression maxIterations(int maxIterations) {
        checkArgument(!(maxIterations < 1), "maxIterations must be >= 1, was %s", maxIterations);
        this.maxIterations = maxIterations;
        return this;
    }

    /**
     * Fits the model.
     *
     * @return the fitted model
     * @throws IllegalArgumentException when there is no covariate, no subject, no event, a
     *     duration is negative, NaN or infinite, or the covariates are collinear (a constant
     *     column, a level that always goes with another...), so the information matrix is
     *     singular
     * @throws IllegalStateException when Newton-Raphson does not converge within the iteration
     *     limit; the message names the data and the last coefficients
     */
    public CoxModel fit() {
        checkArgument(!termOrder.isEmpty(), "a Cox model needs at least one covariate");
        int n = durations.length;
        int eventCount = 0;
        for (int i = 0; i < n; i++) {
            RiskSets.checkDuration(durations[i], "durations[" + i + "]");
            eventCount += events[i] ? 1 : 0;
        }
        checkArgument(
                eventCount != 0,
                "a Cox model needs at least one event, the %s subjects had none",
                n);
        List<CoxTerm> terms = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (String name : termOrder) {
            if (numeric.containsKey(name)) {
                terms.add(new CoxTerm(name, Optional.empty(), List.of()));
                columns.add(numeric.get(name));
            } else {
                Categorical c = categorical.get(name);
                TreeSet<String> levels = new TreeSet<>(Arrays.asList(c.values()));
                checkArgument(
                        levels.remove(c.reference()),
                        "reference level '%s' of %s is not among its values %s",
                        c.reference(),
                        name,
                        levels);
                checkArgument(
                        !levels.isEmpty(),
                        "%s has only the level '%s'; a categorical covariate needs two levels",
                        name,
                        c.reference());
                terms.add(new CoxTerm(name, Optional.of(c.reference()), List.copyOf(levels)));
                for (String level : levels) {
                    double[] indicator = new double[n];
                    for (int i = 0; i < n; i++) {
                        indicator[i] = c.values()[i].equals(level) ? 1 : 0;
                    }
                    columns.add(indicator);
                }
            }
        }
        CoxDesign design = design(columns);
        return newtonRaphson(design, terms);
    }

    private CoxDesign design(List<double[]> columns) {
        int n = durations.length;
        int p = columns.size();
        TreeMap<String, Integer> strataIndex = new TreeMap<>();
        if (strata != null) {
            for (String s : strata) {
                strataIndex.put(s, 0);
            }
            int next = 0;
            for (Map.Entry<String, Integer> entry : strataIndex.entrySet()) {
                entry.setValue(next++);
            }
        } else {
            strataIndex.put("", 0);
        }
        int[] stratumOf = new int[n];
        for (int i = 0; i < n; i++) {
            stratumOf[i] = strata == null ? 0 : strataIndex.get(strata[i]);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(i -> stratumOf[i])
                        .thenComparingDouble(i -> durations[i] + 0.0));
        double[] means = new double[p];
        for (int r = 0; r < p; r++) {
            double sum = 0;
            for (double v : columns.get(r)) {
                sum += v;
            }
            means[r] = sum / n;
        }
        double[] times = new double[n];
        boolean[] status = new boolean[n];
        int[] sortedStrata = new int[n];
        double[][] x = new double[n][p];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            times[k] = durations[i] + 0.0;
            status[k] = events[i];
            sortedStrata[k] = stratumOf[i];
            for (int r = 0; r < p; r++) {
                x[k][r] = columns.get(r)[i] - means[r];
            }
        }
        List<String> names = strata == null ? List.of() : List.copyOf(strataIndex.keySet());
        return new CoxDesign(times, status, sortedStrata, x, means, names, ties);
    }

    /** R's {@code coxfit6} iteration; see the class documentation. */
    private CoxModel newtonRaphson(CoxDesign design, List<CoxTerm> terms) {
        int p = design.p;
        double[] beta = new double[p];
        CoxDesign.Evaluation initial = design.evaluate(beta);
        double[][] initialInverse = CoxMatrices.inverse(initial.information(), this::collinear);
        double scoreStatistic = CoxMatrices.quadraticForm(initialInverse, initial.score());
        double logLikelihood = initial.logLikelihood();
        double[] next = add(beta, CoxMatrices.multiply(initialInverse, initial.score()));
        boolean halving = false;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            CoxDesign.Evaluation evaluation = design.evaluate(next);
            double newLogLikelihood = evaluation.logLikelihood();
            LOG.debug(
                    "Cox iteration {}: log partial likelihood {} at {}",
                    iteration,
                    newLogLikelihood,
                    next);
            if (!halving
                    && Math.abs(newLogLikelihood - logLikelihood)
                            <= EPS * Math.abs(newLogLikelihood)) {
                double[][] variance =
                        CoxMatrices.inverse(evaluation.information(), this::collinear);
                return new CoxModel(
                        design,
                        terms,
                        next,
                        variance,
                        initial.logLikelihood(),
                        newLogLikelihood,
                        scoreStatistic,
                        iteration,
                        evaluation.score());
            }
            if (!Double.isFinite(newLogLikelihood) || newLogLikelihood < logLikelihood) {
                halving = true;
                for (int r = 0; r < p; r++) {
                    next[r] = (next[r] + beta[r]) / 2;
                }
            } else {
                halving = false;
                logLikelihood = newLogLikelihood;
                beta = next;
                double[][] inverse = CoxMatrices.inverse(evaluation.information(), this::collinear);
                next = add(beta, CoxMatrices.multiply(inverse, evaluation.score()));
            }
        }
        throw new IllegalStateException("Cox model did not converge in " + maxIterations
                + " iterations (" + design.n + " subjects, " + countEvents(design) + " events, "
                + p + " coefficients); last coefficients " + Arrays.toString(beta)
                + ", log partial likelihood " + logLikelihood);
    }

    private IllegalArgumentException collinear() {
        return new IllegalArgumentException("the covariates " + termOrder + " are collinear or "
                + "constant within the data (the information matrix is singular); drop or merge "
                + "a covariate or a level");
    }

    private static long countEvents(CoxDesign design) {
        long count = 0;
        for (boolean event : design.events) {
            count += event ? 1 : 0;
        }
        return count;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private void addTerm(String name, int length) {
        Objects.requireNonNull(name, "name");
        checkArgument(
                !numeric.containsKey(name) && !categorical.containsKey(name),
                "covariate %s was already added",
                name);
        checkLength(name, length);
        termOrder.add(name);
    }

    private void checkLength(String name, int length) {
        checkArgument(
                length == durations.length,
                "%s must have one value per subject (%s), had %s",
                name,
                durations.length,
                length);
    }
}
