package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from a data domain {@code [domainMin, domainMax]} to a pixel range
 * {@code [rangeStart, rangeEnd]} (the range may run backwards, as a y axis does), with "nice"
 * tick values: steps of 1, 2 or 5 times a power of ten (Heckbert 1990, "Nice numbers for graph
 * labels", Graphics Gems I). Immutable and thread-safe.
 *
 * @param domainMin the data value at {@code rangeStart}
 * @param domainMax the data value at {@code rangeEnd}, greater than {@code domainMin}
 * @param rangeStart pixel position of {@code domainMin}
 * @param rangeEnd pixel position of {@code domainMax}
 */
public record LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd) {

    /**
     * Checks the components.
     *
     * @param domainMin the data value at {@code rangeStart}
     * @param domainMax the data value at {@code rangeEnd}, greater than {@code domainMin}
     * @param rangeStart pixel position of {@code domainMin}
     * @param rangeEnd pixel position of {@code domainMax}
     */
    public LinearScale {
        checkArgument(
                Double.isFinite(domainMin) && Double.isFinite(domainMax) && domainMin < domainMax,
                "domain must be finite with min < max, was [%s, %s]",
                domainMin,
                domainMax);
        checkArgument(
                Double.isFinite(rangeStart) && Double.isFinite(rangeEnd),
                "range must be finite, was [%s, %s]",
                rangeStart,
                rangeEnd);
    }

    /**
     * A scale whose domain covers {@code min..max} widened to whole tick steps for about
     * {@code ticks} ticks; a single value is widened by one unit each way.
     *
     * @param min the smallest data value
     * @param max the largest data value
     * @param ticks about how many ticks, at least 2
     * @param rangeStart pixel position of the domain's start
     * @param rangeEnd pixel position of the domain's end
     * @return the scale
     */
    public static LinearScale nice(
            double min, double max, int ticks, double rangeStart, double rangeEnd) {
        checkArgument(
                Double.isFinite(min) && Double.isFinite(max) && min <= max,
                "data must be finite with min <= max, was [%s, %s]",
                min,
                max);
        if (min == max) {
            min -= 1;
            max += 1;
        }
        double step = step(min, max, ticks);
        return new LinearScale(
                Math.floor(min / step) * step, Math.ceil(max / step) * step, rangeStart, rangeEnd);
    }

    /**
     * The pixel position of {@code value}; values outside the domain map outside the range.
     *
     * @param value a data value
     * @return the pixel position
     */
    public double apply(double value) {
        return rangeStart + (value - domainMin) / (domainMax - domainMin) * (rangeEnd - rangeStart);
    }

    /**
     * Tick values on whole steps inside the domain, about {@code count} of them, ascending.
     *
     * @param count about how many ticks, at least 2
     * @return the tick values, ascending
     */
    public List<Double> ticks(int count) {
        double step = step(domainMin, domainMax, count);
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(domainMin / step - 1e-9);
        long last = (long) Math.floor(domainMax / step + 1e-9);
        for (long i = first; i <= last; i++) {
            double tick = i * step;
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks;
    }

    /**
     * The nice step for about {@code count} ticks: the raw step rounded to 1, 2, 5 or 10 times a
     * power of ten (Heckbert's rounding: below 1.5, 3 and 7).
     */
    static double step(double min, double max, int count) {
        checkArgument(count >= 1, "tick count must be >= 1, was %s", count);
        double raw = (max - min) / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }
}
