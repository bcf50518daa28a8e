package dev.cxkit.cli;

import dev.cxkit.stats.Interval;
import java.util.Locale;

/** Formats numbers for tables: fixed decimals, intervals in brackets, always in Locale.ROOT. */
final class Numbers {

    private Numbers() {}

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String percent(double share) {
        return fixed(100 * share, 1) + "%";
    }

    static String interval(Interval interval, int decimals) {
        return "[" + fixed(interval.lower(), decimals) + ", " + fixed(interval.upper(), decimals)
                + "]";
    }

    static String percentInterval(Interval interval) {
        return interval(interval.scaled(100), 1);
    }
}
