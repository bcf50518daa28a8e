package dev.cxkit.drivers;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Pearson correlations of {@code p} drivers and one outcome, the outcome in the last row and
 * column: the sufficient statistic of every importance measure here (R^2 of a linear model with
 * intercept, relative weights, Shapley values are all functions of it).
 *
 * <p>Built from columns with {@code NaN} for missing answers: each pair's correlation uses the
 * rows where both columns are present (pairwise deletion; with complete columns this is the
 * ordinary correlation matrix). Immutable.
 */
final class CorrelationMatrix {

    /**
     * Smallest Cholesky pivot accepted: a driver whose variance left after regressing it on the
     * drivers before it is below this (R^2 above 1 - 1e-10) counts as perfectly collinear.
     */
    static final double POSITIVITY_THRESHOLD = 1e-10;

    private final double[][] r;

    private CorrelationMatrix(double[][] r) {
        this.r = r;
    }

    /**
     * Correlations of {@code columns} over the respondents listed in {@code rows} (an index may
     * repeat, as in a bootstrap resample); the last column is the outcome. Empty when some pair
     * has no variance over its shared rows, so its correlation is undefined.
     */
    static Optional<CorrelationMatrix> of(double[][] columns, int[] rows) {
        int k = columns.length;
        double[][] gathered = new double[k][rows.length];
        boolean complete = true;
        for (int c = 0; c < k; c++) {
            double[] from = columns[c];
            double[] to = gathered[c];
            for (int i = 0; i < rows.length; i++) {
                to[i] = from[rows[i]];
                complete &= !Double.isNaN(to[i]);
            }
        }
        return complete ? ofComplete(gathered) : ofPairwise(gathered);
    }

    /** Columns without missing values: centre each once, then one dot product per pair. */
    private static Optional<CorrelationMatrix> ofComplete(double[][] columns) {
        int k = columns.length;
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) {
            double[] x = columns[c];
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= x.length;
            double squares = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] -= mean;
                squares += x[i] * x[i];
            }
            if (!(squares > 0) || x.length < 2) {
                return Optional.empty();
            }
            norms[c] = Math.sqrt(squares);
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            r[a][a] = 1;
            for (int b = 0; b < a; b++) {
                double[] x = columns[a];
                double[] y = columns[b];
                double products = 0;
                for (int i = 0; i < x.length; i++) {
                    products += x[i] * y[i];
                }
                double value = Math.max(-1, Math.min(1, products / (norms[a] * norms[b])));
                r[a][b] = value;
                r[b][a] = value;
            }
        }
        return Optional.of(new CorrelationMatrix(r));
    }

    /** Columns with missing values: each pair over the rows where both are present. */
    private static Optional<CorrelationMatrix> ofPairwise(double[][] columns) {
        int k = columns.length;
        int[] all = IntStream.range(0, columns[0].length).toArray();
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            r[a][a] = 1;
            for (int b = 0; b < a; b++) {
                double value = pearson(columns[a], columns[b], all);
                if (Double.isNaN(value)) {
                    return Optional.empty();
                }
                r[a][b] = value;
                r[b][a] = value;
            }
        }
        return Optional.of(new CorrelationMatrix(r));
    }

    /** A matrix from its entries (copied), outcome last. */
    static CorrelationMatrix ofEntries(double[][] entries) {
        double[][] copy = new double[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            copy[i] = entries[i].clone();
        }
        return new CorrelationMatrix(copy);
    }

    /**
     * Pearson's r of {@code x} and {@code y} over the listed rows where both are present;
     * {@code NaN} when either has no variance there. Two passes (means, then centred sums).
     */
    static double pearson(double[] x, double[] y, int[] rows) {
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        for (int i : rows) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sumX += x[i];
                sumY += y[i];
                n++;
            }
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i : rows) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - meanX;
                double dy = y[i] - meanY;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        if (n < 2 || sxx <= 0 || syy <= 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** Number of drivers {@code p}. */
    int drivers() {
        return r.length - 1;
    }

    /** Correlation of entries {@code a} and {@code b} (index {@code p} is the outcome). */
    double entry(int a, int b) {
        return r[a][b];
    }

    /** A copy of all entries, outcome last. */
    double[][] entries() {
        return ofEntries(r).r;
    }

    /** The drivers' correlation matrix R_xx. */
    RealMatrix driverMatrix() {
        int p = drivers();
        RealMatrix m = new Array2DRowRealMatrix(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                m.setEntry(a, b, r[a][b]);
            }
        }
        return m;
    }

    /** The drivers' correlations with the outcome, r_xy. */
    RealVector outcomeCorrelations() {
        int p = drivers();
        RealVector v = new ArrayRealVector(p);
        for (int a = 0; a < p; a++) {
            v.setEntry(a, r[a][p]);
        }
        return v;
    }

    /** This matrix without driver {@code index}. */
    CorrelationMatrix withoutDriver(int index) {
        return select(
                IntStream.rangeClosed(0, drivers()).filter(i -> i != index).toArray());
    }

    /**
     * The entries listed in {@code indices}, in that order; the last listed entry takes the
     * outcome's place (so a driver can be regressed on other drivers).
     */
    CorrelationMatrix select(int[] indices) {
        int k = indices.length;
        double[][] selected = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                selected[a][b] = r[indices[a]][indices[b]];
            }
        }
        return new CorrelationMatrix(selected);
    }

    /**
     * Standardized coefficients of the least-squares regression of the outcome on all drivers,
     * beta = R_xx^-1 r_xy, solved by Hipparchus' Cholesky decomposition. Empty when R_xx is not
     * positive definite (a constant or perfectly collinear driver).
     */
    Optional<RealVector> coefficients() {
        try {
            CholeskyDecomposition cholesky = new CholeskyDecomposition(
                    driverMatrix(),
                    CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD,
                    POSITIVITY_THRESHOLD);
            return Optional.of(cholesky.getSolver().solve(outcomeCorrelations()));
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return Optional.empty();
        }
    }

    /**
     * R^2 of the least-squares regression of the outcome on all drivers (with intercept),
     * R^2 = r_xy' R_xx^-1 r_xy; empty when R_xx is not positive definite.
     */
    Optional<Double> rSquared() {
        return coefficients().map(beta -> beta.dotProduct(outcomeCorrelations()));
    }
}
