package dev.cxkit.cli.output;

import dev.cxkit.stats.Interval;

import java.util.Locale;

/**
 * Formats numbers for tables: fixed decimals, intervals in brackets, always in Locale.ROOT.
 *
 * <p>Stateless: its static methods are thread-safe.
 */
public final class Numbers {

    private Numbers() {}

    /**
     * {@return {@code value} with {@code decimals} decimals and a point, whatever the locale}
     *
     * @param value the number
     * @param decimals the number of decimals, {@code >= 0}
     */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * {@return a fraction as a percentage with one decimal, such as {@code 45.5%}}
     *
     * @param share a fraction
     */
    public static String percent(double share) {
        return fixed(100 * share, 1) + "%";
    }

    /**
     * {@return the interval as {@code [lower, upper]}, each with {@code decimals} decimals}
     *
     * @param interval the interval
     * @param decimals the number of decimals, {@code >= 0}
     */
    public static String interval(Interval interval, int decimals) {
        return "[" + fixed(interval.lower(), decimals) + ", " + fixed(interval.upper(), decimals)
                + "]";
    }

    /**
     * {@return a fraction interval as percentages with one decimal, {@code [lower%, upper%]}}
     *
     * @param interval an interval of fractions
     */
    public static String percentInterval(Interval interval) {
        return "[" + fixed(100 * interval.lower(), 1) + ", " + fixed(100 * interval.upper(), 1)
                + "]";
    }
}
