package dev.cxkit.survival;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

import java.util.function.Supplier;

/** Small symmetric positive-definite matrix helpers for the Cox model (Hipparchus Cholesky). */
final class CoxMatrices {

    private CoxMatrices() {}

    /**
     * The inverse of the symmetric positive-definite {@code matrix}, or the exception of
     * {@code singular} when it is not positive definite.
     */
    static double[][] inverse(double[][] matrix, Supplier<? extends RuntimeException> singular) {
        RealMatrix m = new Array2DRowRealMatrix(matrix, true);
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-12)
                    .getSolver()
                    .getInverse()
                    .getData();
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            throw singular.get();
        }
    }

    /** {@code m v}. */
    static double[] multiply(double[][] m, double[] v) {
        double[] product = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            double sum = 0;
            for (int c = 0; c < v.length; c++) {
                sum += m[r][c] * v[c];
            }
            product[r] = sum;
        }
        return product;
    }

    /** {@code v' m v}. */
    static double quadraticForm(double[][] m, double[] v) {
        double[] mv = multiply(m, v);
        double sum = 0;
        for (int r = 0; r < v.length; r++) {
            sum += v[r] * mv[r];
        }
        return sum;
    }
}
