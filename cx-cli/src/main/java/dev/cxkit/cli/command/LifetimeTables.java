package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.input.DurationUnit;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.Table;
import dev.cxkit.stats.Interval;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.LogRankTest;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;
import dev.cxkit.survival.StrataAccumulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Kaplan-Meier tables {@code cx survival} and {@code cx churn} share: survival at chosen
 * durations per group, never beyond a group's last follow-up (the curve is not estimated
 * there: {@code -} in a table, empty in CSV, {@code null} in JSON, with a note).
 */
final class LifetimeTables {

    static final String BEYOND_NOTE =
            "S(t) after a group's last follow-up is not estimated " + "and shows as -";

    private LifetimeTables() {}

    /**
     * The durations of {@code --at}, or the unit's defaults.
     *
     * @throws UsageException when a duration is negative, NaN or infinite
     */
    static List<Double> points(List<Double> at, DurationUnit unit) {
        if (at == null || at.isEmpty()) {
            return unit.defaultPoints();
        }
        for (double point : at) {
            checkDuration("--at", point, unit);
        }
        return List.copyOf(at);
    }

    /** Rejects a duration option that is not a finite number {@code >= 0}. */
    static double checkDuration(String option, double value, DurationUnit unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new UsageException(option + " must be a duration >= 0 in " + unit.label()
                    + ", was " + Numbers.fixed(value, 1).replace("NaN", "not a number"));
        }
        return value;
    }

    /**
     * The strata of a churn table: one per value of {@code by}, in sorted order, or one named
     * "all".
     */
    static Strata<String> strata(ChurnTable table, Optional<String> by) {
        StrataAccumulator<String> strata = StrataAccumulator.create();
        String[] groups = by.map(table::column).orElse(null);
        for (int i = 0; i < table.size(); i++) {
            strata.add(groups == null ? "all" : groups[i], table.durations()[i], table.events()[i]);
        }
        return Strata.of(new TreeMap<>(strata.snapshot().asMap()));
    }

    /** The field and header of the survival column at {@code point}. */
    private static String pointName(double point) {
        return Numbers.fixed(point, point == Math.rint(point) ? 0 : 1);
    }

    /** Adds one percent column per point, {@code S(t)}. */
    static void addPointColumns(
            Table table, List<Double> points, DurationUnit unit, String prefix, String header) {
        for (double point : points) {
            String at = pointName(point);
            table.percent(prefix + at.replace('.', '_'), header + "(" + at + unit.symbol() + ")");
        }
    }

    /** {@code S(t)} of {@code curve}, or null where the library does not estimate it. */
    static Double survivalAt(KaplanMeier curve, double point) {
        return curve.isEstimatedAt(point) ? curve.survival(point) : null;
    }

    /**
     * The survival table: per group, customers, churned, {@code S(t)} at {@code points}, the
     * median with its interval, the restricted mean to the group's last follow-up and that
     * follow-up. Adds each group's curve and points to {@code json}, and the log-rank test
     * when there are several groups.
     */
    static Table survival(
            String title,
            Strata<String> strata,
            DurationUnit unit,
            List<Double> points,
            ConfidenceType type,
            double level,
            Map<String, Object> json) {
        String u = unit.label();
        Table table = Table.of("survival", title)
                .text("group", "group")
                .count("customers", "customers")
                .count("churned", "churned");
        addPointColumns(table, points, unit, "survival", "S");
        table.value("median", "median " + u, value -> Numbers.fixed(value, 0))
                .column(
                        "median interval",
                        List.of("medianLower", "medianUpper"),
                        values -> "[" + bound(values[0]) + ", " + bound(values[1]) + "]")
                .number("restrictedMean", "mean " + u + " (to last)", 1)
                .number("lastFollowUp", "last follow-up", 0);
        boolean beyond = false;
        Map<String, Object> groups = new LinkedHashMap<>();
        for (String key : strata.keys()) {
            RiskSets riskSets = strata.riskSets(key);
            KaplanMeier curve = KaplanMeier.of(riskSets);
            double last = curve.lastFollowUp();
            List<Object> row =
                    new ArrayList<>(List.of(key, riskSets.subjects(), riskSets.totalEvents()));
            List<Map<String, Object>> at = new ArrayList<>();
            for (double point : points) {
                Double survival = survivalAt(curve, point);
                beyond |= survival == null;
                row.add(survival);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put(u, point);
                entry.put("survival", survival);
                entry.put("interval", survival == null ? null : curve.interval(point, type, level));
                at.add(entry);
            }
            MedianInterval median = curve.medianInterval(type, level);
            row.add(curve.median().isPresent() ? curve.median().getAsDouble() : null);
            row.add(median.lower().isPresent() ? median.lower().getAsDouble() : null);
            row.add(median.upper().isPresent() ? median.upper().getAsDouble() : null);
            row.add(curve.restrictedMean(last).value());
            row.add(last);
            table.row(row.toArray());
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("curve", curve);
            group.put("at", at);
            group.put("medianInterval", median);
            groups.put(key, group);
        }
        json.put("groups", groups);
        if (beyond) {
            table.note(BEYOND_NOTE);
        }
        logRank(table, strata, json);
        return table;
    }

    /** Adds the log-rank test across the groups as a note and to {@code json}. */
    static void logRank(Table table, Strata<String> strata, Map<String, Object> json) {
        if (strata.keys().size() < 2) {
            return;
        }
        try {
            LogRankTest<String> test = strata.logRank();
            table.note(String.format(
                    Locale.ROOT,
                    "log-rank test across %d groups: chi-square %.3f, df %d, p %.4g",
                    strata.keys().size(),
                    test.chiSquare(),
                    test.degreesOfFreedom(),
                    test.pValue()));
            json.put("logRank", test);
        } catch (IllegalStateException undefined) {
            table.note("log-rank test: not defined, " + undefined.getMessage());
        }
    }

    /** The interval of churn by {@code horizon}, {@code 1 - } the survival interval. */
    static Interval churnInterval(
            KaplanMeier curve, double horizon, ConfidenceType type, double level) {
        Interval survival = curve.interval(horizon, type, level);
        return new Interval(
                1 - survival.upper(),
                1 - survival.lower(),
                level,
                survival.method(),
                Interval.Unit.FRACTION);
    }

    private static String bound(Object value) {
        return value == null ? "NA" : Numbers.fixed(((Number) value).doubleValue(), 0);
    }
}
