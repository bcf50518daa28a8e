package dev.cxkit.survival;

import java.util.Arrays;
import java.util.List;

/**
 * The data of a Cox model in the order its sums need: subjects sorted by stratum, then by
 * ascending duration; covariates centred on their means (as R's {@code coxph} does, for
 * numerical stability; estimates do not change). Immutable once built; package-private.
 */
final class CoxDesign {

    /** Receives the contributions of one event time to the score and information. */
    interface EventTimeVisitor {
        /**
         * One distinct event time of one stratum.
         *
         * @param first index (in sorted order) of the first subject with this time
         * @param deaths events at this time
         * @param score this time's contribution to the score vector
         * @param information this time's contribution to the information matrix
         * @param hazard this time's baseline hazard increment (at centred covariates)
         */
        void visit(int first, int deaths, double[] score, double[][] information, double hazard);
    }

    /** Log partial likelihood, score and information at one coefficient vector. */
    record Evaluation(double logLikelihood, double[] score, double[][] information) {}

    final int n;
    final int p;
    final double[] times;
    final boolean[] events;
    final int[] strata;
    final double[][] x;
    final double[] means;
    final List<String> strataNames;
    final CoxTies ties;

    CoxDesign(
            double[] times,
            boolean[] events,
            int[] strata,
            double[][] x,
            double[] means,
            List<String> strataNames,
            CoxTies ties) {
        this.n = times.length;
        this.p = means.length;
        this.times = times;
        this.events = events;
        this.strata = strata;
        this.x = x;
        this.means = means;
        this.strataNames = strataNames;
        this.ties = ties;
    }

    /** The linear predictors {@code (x - mean) beta} in sorted order. */
    double[] linearPredictors(double[] beta) {
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int r = 0; r < p; r++) {
                sum += x[i][r] * beta[r];
            }
            eta[i] = sum;
        }
        return eta;
    }

    /** The log partial likelihood, score and information at {@code beta}. */
    Evaluation evaluate(double[] beta) {
        double[] score = new double[p];
        double[][] information = new double[p][p];
        double logLikelihood = sweep(beta, (first, deaths, u, v, hazard) -> {
            for (int r = 0; r < p; r++) {
                score[r] += u[r];
                for (int c = 0; c < p; c++) {
                    information[r][c] += v[r][c];
                }
            }
        });
        return new Evaluation(logLikelihood, score, information);
    }

    /**
     * Walks every stratum from its longest duration down, keeping the risk-set sums
     * {@code S0 = sum w}, {@code S1 = sum w x}, {@code S2 = sum w x x'} ({@code w = exp(eta)}),
     * and hands each event time's score and information contribution to {@code visitor}:
     * Breslow {@code u = sum_deaths x - d S1/S0}, {@code I = d (S2/S0 - a a')}; Efron the sum over
     * {@code k = 0..d-1} with {@code S - (k/d) D} in place of {@code S}, {@code D} the sums over
     * the tied events (Therneau &amp; Grambsch 2000, section 3.3). Returns the log partial
     * likelihood.
     */
    double sweep(double[] beta, EventTimeVisitor visitor) {
        double[] eta = linearPredictors(beta);
        double logLikelihood = 0;
        double s0 = 0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        int stratum = -1;
        int i = n - 1;
        while (i >= 0) {
            if (strata[i] != stratum) {
                stratum = strata[i];
                s0 = 0;
                Arrays.fill(s1, 0);
                for (double[] row : s2) {
                    Arrays.fill(row, 0);
                }
            }
            double time = times[i];
            int deaths = 0;
            double d0 = 0;
            double[] d1 = new double[p];
            double[][] d2 = new double[p][p];
            double[] score = new double[p];
            int j = i;
            for (; j >= 0 && strata[j] == stratum && times[j] == time; j--) {
                double w = Math.exp(eta[j]);
                s0 += w;
                addOuter(s1, s2, x[j], w);
                if (events[j]) {
                    deaths++;
                    logLikelihood += eta[j];
                    d0 += w;
                    addOuter(d1, d2, x[j], w);
                    for (int r = 0; r < p; r++) {
                        score[r] += x[j][r];
                    }
                }
            }
            if (deaths > 0) {
                double[][] information = new double[p][p];
                double hazard = 0;
                int steps = ties == CoxTies.BRESLOW ? 1 : deaths;
                double multiplicity = ties == CoxTies.BRESLOW ? deaths : 1;
                double[] a = new double[p];
                for (int k = 0; k < steps; k++) {
                    double f = (double) k / deaths;
                    double denominator = s0 - f * d0;
                    logLikelihood -= multiplicity * Math.log(denominator);
                    hazard += multiplicity / denominator;
                    for (int r = 0; r < p; r++) {
                        a[r] = (s1[r] - f * d1[r]) / denominator;
                        score[r] -= multiplicity * a[r];
                    }
                    for (int r = 0; r < p; r++) {
                        for (int c = r; c < p; c++) {
                            information[r][c] += multiplicity
                                    * ((s2[r][c] - f * d2[r][c]) / denominator - a[r] * a[c]);
                        }
                    }
                }
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < r; c++) {
                        information[r][c] = information[c][r];
                    }
                }
                visitor.visit(j + 1, deaths, score, information, hazard);
            }
            i = j;
        }
        return logLikelihood;
    }

    /** Adds {@code w x} to {@code sum} and {@code w x x'} (upper triangle) to {@code outer}. */
    private void addOuter(double[] sum, double[][] outer, double[] row, double w) {
        for (int r = 0; r < p; r++) {
            double wx = w * row[r];
            sum[r] += wx;
            for (int c = r; c < p; c++) {
                outer[r][c] += wx * row[c];
            }
        }
    }
}
