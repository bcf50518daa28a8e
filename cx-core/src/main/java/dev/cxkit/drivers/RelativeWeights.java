package dev.cxkit.drivers;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Johnson's relative weights: each driver's share of R^2 through the orthogonal counterparts of
 * the drivers.
 *
 * <p>Eigen-decompose R_xx = Q L Q'; Lambda = Q L^(1/2) Q' (the correlations of the drivers with
 * their closest orthogonal counterparts); beta = Lambda^-1 r_xy (the outcome regressed on the
 * counterparts); epsilon_j = sum_k Lambda_jk^2 beta_k^2. Source: J. W. Johnson (2000), "A
 * heuristic method for estimating the relative weight of predictor variables in multiple
 * regression", Multivariate Behavioral Research 35(1), 1-19 (there through the singular value
 * decomposition of the data; the eigen-decomposition of R_xx gives the same Lambda). Because
 * each row of Lambda^2 sums to one, the weights sum to R^2 = r_xy' R_xx^-1 r_xy.
 *
 * <p>The caller guarantees R_xx is positive definite. Stateless.
 */
final class RelativeWeights {

    private RelativeWeights() {}

    /** The raw relative weights (units of R^2), one per driver. */
    static double[] of(CorrelationMatrix correlations) {
        EigenDecompositionSymmetric eigen =
                new EigenDecompositionSymmetric(correlations.driverMatrix());
        RealMatrix q = eigen.getV();
        double[] eigenvalues = eigen.getEigenvalues();
        RealMatrix lambda = eigen.getSquareRoot();
        // beta = Lambda^-1 r_xy = Q L^(-1/2) Q' r_xy
        RealVector rotated = q.transpose().operate(correlations.outcomeCorrelations());
        for (int k = 0; k < eigenvalues.length; k++) {
            rotated.setEntry(k, rotated.getEntry(k) / Math.sqrt(eigenvalues[k]));
        }
        RealVector beta = q.operate(rotated);
        int p = correlations.drivers();
        double[] weights = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (int k = 0; k < p; k++) {
                double l = lambda.getEntry(j, k);
                double b = beta.getEntry(k);
                sum += l * l * b * b;
            }
            weights[j] = sum;
        }
        return weights;
    }
}
