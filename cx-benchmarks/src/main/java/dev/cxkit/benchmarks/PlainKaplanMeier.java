package dev.cxkit.benchmarks;

import dev.cxkit.survival.KaplanMeier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kaplan-Meier peer a Java shop writes by hand: a {@link TreeMap} from duration to event
 * and censoring counts, then the product-limit pass over it.
 */
final class PlainKaplanMeier {

    /** One row of the table both sides must agree on. */
    record Row(double time, long atRisk, long events, long censored, double survival) {}

    private PlainKaplanMeier() {}

    /** The product-limit table of subjects {@code i} with {@code durations[i]}, events[i]. */
    static List<Row> table(double[] durations, boolean[] events) {
        TreeMap<Double, long[]> byTime = new TreeMap<>();
        for (int i = 0; i < durations.length; i++) {
            byTime.computeIfAbsent(durations[i], time -> new long[2])[events[i] ? 0 : 1]++;
        }
        List<Row> rows = new ArrayList<>(byTime.size());
        long atRisk = durations.length;
        double survival = 1;
        for (Map.Entry<Double, long[]> entry : byTime.entrySet()) {
            long died = entry.getValue()[0];
            long censored = entry.getValue()[1];
            if (died > 0) {
                survival *= 1 - (double) died / atRisk;
            }
            rows.add(new Row(entry.getKey(), atRisk, died, censored, survival));
            atRisk -= died + censored;
        }
        return rows;
    }

    /** cxkit's curve as rows of the same table. */
    static List<Row> table(KaplanMeier curve) {
        return curve.steps().stream()
                .map(step -> new Row(
                        step.time(),
                        step.atRisk(),
                        step.events(),
                        step.censored(),
                        step.survival()))
                .toList();
    }
}
