package dev.cxkit.survival;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.hipparchus.special.Gamma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The log-rank computation behind {@link Strata#logRank()}, formulas there. */
final class LogRank {

    /**
     * Orders tables by their rows: row count, then time, events and censorings row by row.
     * Equal tables are interchangeable in the computation, so the result is the same whatever
     * order they had among themselves.
     */
    private static final Comparator<RiskSets> CONTENT_ORDER = (a, b) -> {
        int c = Integer.compare(a.rowCount(), b.rowCount());
        for (int row = 0; c == 0 && row < a.rowCount(); row++) {
            c = Double.compare(a.time(row), b.time(row));
            c = c != 0 ? c : Long.compare(a.events(row), b.events(row));
            c = c != 0 ? c : Long.compare(a.censored(row), b.censored(row));
        }
        return c;
    };

    private LogRank() {}

    /**
     * The test of {@code givenTables} (keyed by {@code givenKeys}, same order). The computation runs over
     * the tables in a canonical order of their contents ({@link #CONTENT_ORDER}), so that the
     * statistic, to the last bit, does not depend on the order the strata were given in.
     */
    static <K> LogRankTest<K> test(List<K> givenKeys, List<RiskSets> givenTables, RiskSets pooled) {
        Integer[] order = new Integer[givenTables.size()];
        for (int g = 0; g < order.length; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> CONTENT_ORDER.compare(givenTables.get(a), givenTables.get(b)));
        List<RiskSets> tables = new ArrayList<>();
        for (int g : order) {
            tables.add(givenTables.get(g));
        }
        int groups = tables.size();
        double[] expected = new double[groups];
        double[][] covariance = new double[groups][groups];
        int[] cursors = new int[groups];
        long[] atRisk = new long[groups];
        for (int g = 0; g < groups; g++) {
            atRisk[g] = tables.get(g).subjects();
        }
        long pooledAtRisk = pooled.subjects();
        for (int row = 0; row < pooled.rowCount(); row++) {
            double time = pooled.time(row);
            long d = pooled.events(row);
            if (d > 0) {
                for (int g = 0; g < groups; g++) {
                    RiskSets table = tables.get(g);
                    while (cursors[g] < table.rowCount() && table.time(cursors[g]) < time) {
                        atRisk[g] -= table.events(cursors[g]) + table.censored(cursors[g]);
                        cursors[g]++;
                    }
                }
                addTime(d, pooledAtRisk, atRisk, expected, covariance);
            }
            pooledAtRisk -= d + pooled.censored(row);
        }
        List<Integer> used = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (expected[g] > 0) {
                used.add(g);
            }
        }
        if (used.size() < 2) {
            throw new IllegalStateException("log-rank test needs at least two strata with "
                    + "expected events, had " + used.size() + " of " + groups);
        }
        double chiSquare = chiSquare(tables, expected, covariance, used);
        int df = used.size() - 1;
        Map<K, LogRankTest.Group> byKey = new LinkedHashMap<>();
        int[] position = new int[groups];
        for (int g = 0; g < groups; g++) {
            position[order[g]] = g;
        }
        for (int given = 0; given < groups; given++) {
            int g = position[given];
            byKey.put(
                    givenKeys.get(given),
                    new LogRankTest.Group(
                            tables.get(g).subjects(), tables.get(g).totalEvents(), expected[g]));
        }
        double p = Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2.0);
        return new LogRankTest<>(chiSquare, df, p, byKey);
    }

    private static void addTime(
            long d, long n, long[] atRisk, double[] expected, double[][] covariance) {
        double share = (double) d / n;
        double spread = n > 1 ? d * (double) (n - d) / (n - 1) : 0;
        for (int g = 0; g < atRisk.length; g++) {
            double pg = (double) atRisk[g] / n;
            expected[g] += atRisk[g] * share;
            for (int h = 0; h < atRisk.length; h++) {
                double ph = (double) atRisk[h] / n;
                covariance[g][h] += spread * pg * ((g == h ? 1 : 0) - ph);
            }
        }
    }

    /** {@code (O - E)' V^-1 (O - E)} over the used strata but the first. */
    private static double chiSquare(
            List<RiskSets> tables, double[] expected, double[][] covariance, List<Integer> used) {
        int k = used.size() - 1;
        double[][] reduced = new double[k][k];
        double[] difference = new double[k];
        for (int a = 0; a < k; a++) {
            int g = used.get(a + 1);
            difference[a] = tables.get(g).totalEvents() - expected[g];
            for (int b = 0; b < k; b++) {
                reduced[a][b] = covariance[g][used.get(b + 1)];
            }
        }
        DecompositionSolver solver =
                new LUDecomposition(new Array2DRowRealMatrix(reduced, false)).getSolver();
        if (!solver.isNonSingular()) {
            throw new IllegalStateException(
                    "log-rank covariance of the strata is singular; no test is defined");
        }
        RealVector u = new ArrayRealVector(difference, false);
        return Math.max(0, solver.solve(u).dotProduct(u));
    }
}
