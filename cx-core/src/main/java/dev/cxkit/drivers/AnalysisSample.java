package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import org.hipparchus.linear.RealVector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The respondents and drivers an analysis uses after applying its {@link MissingPolicy} and
 * leaving out drivers it cannot estimate: constant drivers (no variance among the respondents
 * used) and drivers that are perfectly collinear with drivers added before them. Every driver
 * left out is recorded with its reason; other bad input is rejected with an
 * {@link IllegalArgumentException}. Immutable.
 */
final class AnalysisSample {

    /** A standardized coefficient below this does not name a driver as part of a collinearity. */
    private static final double COEFFICIENT_TOLERANCE = 1e-6;

    final List<String> names;
    /** Kept driver columns then the outcome, one value per respondent (NaN where missing). */
    final double[][] columns;
    /** Respondents the analysis draws on: complete rows (listwise) or every row (pairwise). */
    final int[] rows;
    /** Listwise: rows.length; pairwise: the smallest number of respondents behind a correlation. */
    final int respondentsUsed;
    /** Per kept driver, respondents who answered it and the outcome. */
    final int[] driverRespondents;

    final List<DroppedDriver> dropped;
    final CorrelationMatrix correlations;

    private AnalysisSample(
            List<String> names,
            double[][] columns,
            int[] rows,
            int respondentsUsed,
            int[] driverRespondents,
            List<DroppedDriver> dropped,
            CorrelationMatrix correlations) {
        this.names = names;
        this.columns = columns;
        this.rows = rows;
        this.respondentsUsed = respondentsUsed;
        this.driverRespondents = driverRespondents;
        this.dropped = dropped;
        this.correlations = correlations;
    }

    static AnalysisSample of(DriverData data, MissingPolicy policy) {
        List<String> allNames = data.driverNames();
        int p = allNames.size();
        double[] outcome = data.outcomeColumn();
        int[] rows = IntStream.range(0, data.respondents())
                .filter(i -> policy == MissingPolicy.PAIRWISE || isComplete(data, i))
                .toArray();
        if (policy == MissingPolicy.LISTWISE) {
            checkRespondents("listwise deletion", rows.length, p, data);
        }
        checkArgument(
                !isConstant(outcome, rows),
                "outcome '%s' must vary among the respondents used," + " it is constant",
                data.outcomeName());

        List<DroppedDriver> dropped = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] column = data.driverColumn(j);
            if (isConstant(column, rows)) {
                dropped.add(new DroppedDriver(
                        allNames.get(j),
                        "constant: no variance among the " + answered(column, column, rows)
                                + " answers used"));
            } else {
                kept.add(j);
            }
        }
        checkArgument(!kept.isEmpty(), "every driver is constant, nothing to analyse: %s", dropped);

        double[][] keptColumns = new double[kept.size() + 1][];
        for (int k = 0; k < kept.size(); k++) {
            keptColumns[k] = data.driverColumn(kept.get(k));
        }
        keptColumns[kept.size()] = outcome;
        List<String> keptNames = kept.stream().map(allNames::get).toList();
        CorrelationMatrix all = CorrelationMatrix.of(keptColumns, rows)
                .orElseThrow(() -> undefinedPair(keptNames, data.outcomeName(), keptColumns, rows));

        List<Integer> independent = independentDrivers(all, keptNames, dropped);
        double[][] columns = new double[independent.size() + 1][];
        int[] driverRespondents = new int[independent.size()];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < independent.size(); k++) {
            int index = independent.get(k);
            columns[k] = keptColumns[index];
            names.add(keptNames.get(index));
            driverRespondents[k] = answered(columns[k], outcome, rows);
        }
        columns[independent.size()] = outcome;
        int used =
                policy == MissingPolicy.LISTWISE ? rows.length : smallestPairCount(columns, rows);
        if (policy == MissingPolicy.PAIRWISE) {
            checkRespondents("pairwise deletion", used, p, data);
        }
        int[] selection = IntStream.concat(
                        independent.stream().mapToInt(Integer::intValue), IntStream.of(kept.size()))
                .toArray();
        return new AnalysisSample(
                List.copyOf(names),
                columns,
                rows,
                used,
                driverRespondents,
                List.copyOf(dropped),
                all.select(selection));
    }

    /**
     * Walks the drivers in order and keeps each one unless it is (numerically) a linear
     * combination of the drivers kept before it: its R^2 on them exceeds 1 - 1e-10. A negative
     * residual variance beyond the tolerance means the correlations contradict each other (only
     * possible under pairwise deletion) and is rejected.
     */
    private static List<Integer> independentDrivers(
            CorrelationMatrix all, List<String> names, List<DroppedDriver> dropped) {
        List<Integer> independent = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (independent.isEmpty()) {
                independent.add(j);
                continue;
            }
            int[] selection = IntStream.concat(
                            independent.stream().mapToInt(Integer::intValue), IntStream.of(j))
                    .toArray();
            CorrelationMatrix onEarlier = all.select(selection);
            RealVector beta = onEarlier.coefficients().orElseThrow();
            double residual = 1 - beta.dotProduct(onEarlier.outcomeCorrelations());
            checkArgument(
                    residual > -CorrelationMatrix.POSITIVITY_THRESHOLD,
                    "pairwise correlations are inconsistent"
                            + " (not positive semi-definite): driver '%s' would have R^2 = %s on the drivers"
                            + " before it; use listwise deletion",
                    names.get(j),
                    1 - residual);
            if (residual < CorrelationMatrix.POSITIVITY_THRESHOLD) {
                List<String> partners = new ArrayList<>();
                for (int k = 0; k < independent.size(); k++) {
                    if (Math.abs(beta.getEntry(k)) > COEFFICIENT_TOLERANCE) {
                        partners.add(names.get(independent.get(k)));
                    }
                }
                dropped.add(new DroppedDriver(
                        names.get(j),
                        "perfectly collinear: a linear combination" + " of "
                                + String.join(", ", partners) + " (R^2 = " + (1 - residual) + ")"));
            } else {
                independent.add(j);
            }
        }
        return independent;
    }

    private static void checkRespondents(String what, int n, int drivers, DriverData data) {
        checkArgument(
                n >= drivers + 2,
                "%s leaves %s of %s respondents for %s drivers; at least"
                        + " drivers + 2 = %s are needed (with drivers + 1 the fit is saturated, R^2 = 1)",
                what,
                n,
                data.respondents(),
                drivers,
                drivers + 2);
    }

    private static boolean isComplete(DriverData data, int row) {
        if (Double.isNaN(data.outcomeColumn()[row])) {
            return false;
        }
        for (int j = 0; j < data.driverNames().size(); j++) {
            if (Double.isNaN(data.driverColumn(j)[row])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(double[] column, int[] rows) {
        double first = Double.NaN;
        for (int i : rows) {
            double v = column[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }

    private static int answered(double[] a, double[] b, int[] rows) {
        int n = 0;
        for (int i : rows) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
            }
        }
        return n;
    }

    private static int smallestPairCount(double[][] columns, int[] rows) {
        int smallest = rows.length;
        for (int a = 0; a < columns.length; a++) {
            for (int b = 0; b < a; b++) {
                smallest = Math.min(smallest, answered(columns[a], columns[b], rows));
            }
        }
        return smallest;
    }

    private static IllegalArgumentException undefinedPair(
            List<String> names, String outcomeName, double[][] columns, int[] rows) {
        for (int a = 0; a < columns.length; a++) {
            for (int b = 0; b < a; b++) {
                if (Double.isNaN(CorrelationMatrix.pearson(columns[a], columns[b], rows))) {
                    String first = a < names.size() ? names.get(a) : outcomeName;
                    return new IllegalArgumentException("the correlation of '" + names.get(b)
                            + "' and '" + first
                            + "' is undefined: one of them is constant among the "
                            + answered(columns[a], columns[b], rows)
                            + " respondents who answered both; use listwise deletion or drop it");
                }
            }
        }
        throw new IllegalStateException("every correlation is defined");
    }
}
