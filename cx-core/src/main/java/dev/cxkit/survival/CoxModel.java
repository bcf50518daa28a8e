package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted Cox proportional hazards model ({@link CoxRegression#fit()}): coefficients with
 * standard errors, hazard ratios and intervals ({@link CoxCoefficient}); the likelihood-ratio,
 * Wald and score tests of all coefficients being 0; Harrell's concordance; the predicted
 * survival of a covariate profile; the proportional-hazards test of R's {@code cox.zph}.
 *
 * <p>Numbers match R's {@code survival::coxph} and {@code summary.coxph} (Therneau &amp;
 * Grambsch 2000, "Modeling Survival Data: Extending the Cox Model", ch. 3): the
 * likelihood-ratio statistic is {@code 2 (l(beta) - l(0))}, the Wald statistic
 * {@code beta' V^-1 beta} with {@code V} the inverse information at {@code beta}, the score
 * statistic {@code U(0)' I(0)^-1 U(0)} (the log-rank test for a single categorical covariate),
 * each on as many degrees of freedom as there are coefficients. Durations keep the unit they
 * were given in; coefficients are log hazard ratios per unit of their covariate.
 *
 * <p>Immutable and thread-safe; it keeps the sorted data it was fitted on (for the survival
 * curves and the proportional-hazards test), about {@code 8 (p + 2)} bytes per subject.
 */
public final class CoxModel {

    private static final double EPS = 1e-9;

    private final CoxDesign design;
    private final List<CoxTerm> terms;
    private final double[] beta;
    private final double[][] variance;
    private final double nullLogLikelihood;
    private final double logLikelihood;
    private final double scoreStatistic;
    private final int iterations;
    private final List<CoxCoefficient> coefficients;
    private final long events;

    CoxModel(
            CoxDesign design,
            List<CoxTerm> terms,
            double[] beta,
            double[][] variance,
            double nullLogLikelihood,
            double logLikelihood,
            double scoreStatistic,
            int iterations,
            double[] finalScore) {
        this.design = design;
        this.terms = List.copyOf(terms);
        this.beta = beta;
        this.variance = variance;
        this.nullLogLikelihood = nullLogLikelihood;
        this.logLikelihood = logLikelihood;
        this.scoreStatistic = scoreStatistic;
        this.iterations = iterations;
        double[] lastStep = CoxMatrices.multiply(variance, finalScore);
        List<CoxCoefficient> list = new ArrayList<>();
        int r = 0;
        for (CoxTerm term : this.terms) {
            for (String name : term.coefficientNames()) {
                double step = Math.abs(lastStep[r]);
                boolean infinite = step > EPS && step > Math.sqrt(EPS) * Math.abs(beta[r]);
                list.add(new CoxCoefficient(
                        name, term.name(), beta[r], Math.sqrt(variance[r][r]), infinite));
                r++;
            }
        }
        this.coefficients = List.copyOf(list);
        long count = 0;
        for (boolean event : design.events) {
            count += event ? 1 : 0;
        }
        this.events = count;
    }

    /** {@return the terms (covariates) in the order they were added} */
    public List<CoxTerm> terms() {
        return terms;
    }

    /** {@return the coefficients, term by term, levels of a categorical term in sorted order} */
    public List<CoxCoefficient> coefficients() {
        return coefficients;
    }

    /**
     * {@return the coefficient named {@code name} ({@code term} or {@code term=level})}
     *
     * @param name the coefficient's name
     * @throws IllegalArgumentException when there is none, naming those there are
     */
    public CoxCoefficient coefficient(String name) {
        Objects.requireNonNull(name, "name");
        for (CoxCoefficient coefficient : coefficients) {
            if (coefficient.name().equals(name)) {
                return coefficient;
            }
        }
        throw new IllegalArgumentException("no coefficient '" + name + "'; coefficients are "
                + coefficients.stream().map(CoxCoefficient::name).toList());
    }

    /** {@return the covariance matrix of the coefficients (a copy), the inverse information} */
    public double[][] covariance() {
        double[][] copy = new double[variance.length][];
        for (int r = 0; r < variance.length; r++) {
            copy[r] = variance[r].clone();
        }
        return copy;
    }

    /** {@return the handling of ties the model was fitted with} */
    public CoxTies ties() {
        return design.ties;
    }

    /** {@return the strata in sorted order; empty for an unstratified model} */
    public List<String> strata() {
        return design.strataNames;
    }

    /** {@return number of subjects} */
    public int n() {
        return design.n;
    }

    /** {@return number of events} */
    public long events() {
        return events;
    }

    /** {@return Newton-Raphson iterations the fit took} */
    public int iterations() {
        return iterations;
    }

    /** {@return the log partial likelihood at the estimate} */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** {@return the log partial likelihood at {@code beta = 0}} */
    public double nullLogLikelihood() {
        return nullLogLikelihood;
    }

    /** {@return the likelihood-ratio test of {@code beta = 0}: {@code 2 (l(beta) - l(0))}} */
    public ChiSquareTest likelihoodRatioTest() {
        return ChiSquareTest.of(Math.max(0, 2 * (logLikelihood - nullLogLikelihood)), beta.length);
    }

    /** {@return the Wald test of {@code beta = 0}: {@code beta' V^-1 beta}} */
    public ChiSquareTest waldTest() {
        double[][] information = CoxMatrices.inverse(
                variance,
                () -> new IllegalStateException(
                        "the coefficients' covariance is singular; no Wald test is defined"));
        return ChiSquareTest.of(
                Math.max(0, CoxMatrices.quadraticForm(information, beta)), beta.length);
    }

    /** {@return the score (log-rank) test of {@code beta = 0}: {@code U(0)' I(0)^-1 U(0)}} */
    public ChiSquareTest scoreTest() {
        return ChiSquareTest.of(Math.max(0, scoreStatistic), beta.length);
    }

    /** {@return Harrell's concordance of the linear predictor with survival, within strata} */
    public Concordance concordance() {
        return Concordance.of(design, design.linearPredictors(beta));
    }

    /**
     * {@return the predicted survival curve of a covariate profile in an unstratified model}
     *
     * @param profile a value per term: a {@link Number} for a numeric term, the level (a
     *     {@link String}) for a categorical one
     * @throws IllegalArgumentException when a term has no value or a value of the wrong kind,
     *     a level is unknown, or the model is stratified
     */
    public CoxSurvivalCurve survival(Map<String, ?> profile) {
        checkArgument(
                design.strataNames.isEmpty(),
                "the model is stratified by %s; name the stratum",
                design.strataNames);
        return curve(profile, 0);
    }

    /**
     * {@return the predicted survival curve of a covariate profile in stratum {@code stratum}}
     *
     * @param profile the covariate values by covariate name: numbers for numeric covariates, levels
     *     for categorical ones
     * @param stratum the stratum's name, as given to {@link CoxRegression#strata(String[])}
     * @throws IllegalArgumentException as {@link #survival(Map)}, or when there is no such
     *     stratum
     */
    public CoxSurvivalCurve survival(Map<String, ?> profile, String stratum) {
        Objects.requireNonNull(stratum, "stratum");
        int index = design.strataNames.indexOf(stratum);
        checkArgument(index >= 0, "no stratum '%s'; strata are %s", stratum, design.strataNames);
        return curve(profile, index);
    }

    /**
     * {@return the test of proportional hazards, per term and global, as R's
     * {@code cox.zph(fit, transform)} (survival 3.x): with {@code g} the transformed event
     * durations centred on their mean over events, {@code U} the sum over event times of {@code g}
     * times the Schoenfeld residuals, and {@code I} the information of the model extended by
     * {@code x g(t)} at {@code (beta, 0)}, a term's statistic is
     * {@code (0, U_term)' I_kk^-1 (0, U_term)} over all coefficients and the term's extension, on
     * the term's degrees of freedom; the global one takes every extension}
     *
     * @param transform the transformation of the event times, as R's {@code transform} argument
     * @throws IllegalArgumentException for {@link TimeTransform#LOG} when an event duration is 0
     * @throws IllegalStateException when the extended information matrix is singular
     */
    public ProportionalHazardsTest proportionalHazardsTest(TimeTransform transform) {
        Objects.requireNonNull(transform, "transform");
        int p = beta.length;
        double[] g = transformedTimes(transform);
        double mean = 0;
        for (int i = 0; i < design.n; i++) {
            if (design.events[i]) {
                mean += g[i];
            }
        }
        double centre = mean / events;
        double[] u = new double[2 * p];
        double[][] information = new double[2 * p][2 * p];
        design.sweep(beta, (first, deaths, score, info, hazard) -> {
            double gt = g[first] - centre;
            for (int r = 0; r < p; r++) {
                u[p + r] += gt * score[r];
                for (int c = 0; c < p; c++) {
                    double v = info[r][c];
                    information[r][c] += v;
                    information[r][p + c] += gt * v;
                    information[p + r][c] += gt * v;
                    information[p + r][p + c] += gt * gt * v;
                }
            }
        });
        Map<String, ChiSquareTest> byTerm = new LinkedHashMap<>();
        int column = 0;
        for (CoxTerm term : terms) {
            int[] kept = new int[p + term.degreesOfFreedom()];
            for (int r = 0; r < p; r++) {
                kept[r] = r;
            }
            for (int k = 0; k < term.degreesOfFreedom(); k++) {
                kept[p + k] = p + column + k;
            }
            byTerm.put(
                    term.name(),
                    ChiSquareTest.of(
                            Math.max(0, scoreStatistic(u, information, kept)),
                            term.degreesOfFreedom()));
            column += term.degreesOfFreedom();
        }
        int[] all = new int[2 * p];
        for (int r = 0; r < 2 * p; r++) {
            all[r] = r;
        }
        ChiSquareTest global =
                ChiSquareTest.of(Math.max(0, scoreStatistic(u, information, all)), p);
        return new ProportionalHazardsTest(transform, byTerm, global);
    }

    /**
     * {@return the test of {@link #proportionalHazardsTest(TimeTransform)} with R's default, KM}
     */
    public ProportionalHazardsTest proportionalHazardsTest() {
        return proportionalHazardsTest(TimeTransform.KM);
    }

    @Override
    public String toString() {
        return "CoxModel{n=" + design.n + ", events=" + events + ", coefficients="
                + coefficients.stream().map(c -> c.name() + "=" + c.estimate()).toList() + "}";
    }

    private static double scoreStatistic(double[] u, double[][] information, int[] kept) {
        double[] uk = new double[kept.length];
        double[][] ik = new double[kept.length][kept.length];
        for (int a = 0; a < kept.length; a++) {
            uk[a] = u[kept[a]];
            for (int b = 0; b < kept.length; b++) {
                ik[a][b] = information[kept[a]][kept[b]];
            }
        }
        double[][] inverse = CoxMatrices.inverse(
                ik,
                () -> new IllegalStateException(
                        "the information of the proportional-hazards test is singular; no test is "
                                + "defined for these data"));
        return CoxMatrices.quadraticForm(inverse, uk);
    }

    /** {@code g(t)} of every subject, in the design's order. */
    private double[] transformedTimes(TimeTransform transform) {
        int n = design.n;
        double[] g = new double[n];
        switch (transform) {
            case IDENTITY -> System.arraycopy(design.times, 0, g, 0, n);
            case LOG -> {
                for (int i = 0; i < n; i++) {
                    checkArgument(
                            !(design.events[i] && !(design.times[i] > 0)),
                            "the log transform needs event durations > 0, one was %s",
                            design.times[i]);
                    g[i] = Math.log(design.times[i]);
                }
            }
            case RANK -> {
                double[] sorted = design.times.clone();
                Arrays.sort(sorted);
                for (int i = 0; i < n; i++) {
                    int lo = lowerBound(sorted, design.times[i]);
                    int hi = lowerBound(sorted, Math.nextUp(design.times[i]));
                    g[i] = (lo + 1 + hi) / 2.0;
                }
            }
            case KM -> {
                RiskSets pooled = RiskSets.of(design.times, design.events);
                double[] before = new double[pooled.rowCount()];
                double s = 1;
                long atRisk = pooled.subjects();
                for (int row = 0; row < pooled.rowCount(); row++) {
                    before[row] = s;
                    s *= 1 - (double) pooled.events(row) / atRisk;
                    atRisk -= pooled.events(row) + pooled.censored(row);
                }
                for (int i = 0; i < n; i++) {
                    g[i] = 1 - before[Arrays.binarySearch(pooled.times(), design.times[i])];
                }
            }
            default -> throw new AssertionError(transform);
        }
        return g;
    }

    private static int lowerBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    private CoxSurvivalCurve curve(Map<String, ?> profile, int stratum) {
        Objects.requireNonNull(profile, "profile");
        double risk = Math.exp(relativeLinearPredictor(profile));
        List<Double> times = new ArrayList<>();
        List<Double> hazards = new ArrayList<>();
        design.sweep(beta, (first, deaths, score, info, hazard) -> {
            if (design.strata[first] == stratum) {
                times.add(design.times[first]);
                hazards.add(hazard);
            }
        });
        int steps = times.size();
        double[] t = new double[steps];
        double[] survival = new double[steps];
        double cumulative = 0;
        for (int k = 0; k < steps; k++) {
            int from = steps - 1 - k;
            t[k] = times.get(from);
            cumulative += hazards.get(from);
            survival[k] = Math.exp(-cumulative * risk);
        }
        double last = 0;
        for (int i = 0; i < design.n; i++) {
            if (design.strata[i] == stratum) {
                last = Math.max(last, design.times[i]);
            }
        }
        return new CoxSurvivalCurve(t, survival, last);
    }

    /** {@code (x - xbar) beta} of a profile. */
    private double relativeLinearPredictor(Map<String, ?> profile) {
        double eta = 0;
        int r = 0;
        List<String> names = terms.stream().map(CoxTerm::name).toList();
        for (CoxTerm term : terms) {
            Object value = profile.get(term.name());
            checkArgument(
                    value != null,
                    "the profile has no value for %s; terms are %s",
                    term.name(),
                    names);
            if (term.isCategorical()) {
                String level = value.toString();
                String reference = term.reference().orElseThrow();
                checkArgument(
                        level.equals(reference) || term.levels().contains(level),
                        "unknown level '%s' of %s; levels are %s (reference) and %s",
                        level,
                        term.name(),
                        reference,
                        term.levels());
                for (String other : term.levels()) {
                    eta += ((other.equals(level) ? 1 : 0) - design.means[r]) * beta[r];
                    r++;
                }
            } else {
                checkArgument(
                        value instanceof Number number && Double.isFinite(number.doubleValue()),
                        "%s must be a finite number, was %s",
                        term.name(),
                        value);
                eta += (((Number) value).doubleValue() - design.means[r]) * beta[r];
                r++;
            }
        }
        return eta;
    }
}
