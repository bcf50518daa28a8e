package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;

/**
 * Equal bands for categories along a pixel range, with a gap between bands given as a
 * fraction of each band's step ({@code padding} in [0, 1)). Immutable and thread-safe.
 *
 * @param count the number of categories, at least 1
 * @param rangeStart pixel position where the first band's step starts
 * @param rangeEnd pixel position where the last band's step ends, greater than rangeStart
 * @param padding the share of each step left empty, half on each side of the band
 */
public record BandScale(int count, double rangeStart, double rangeEnd, double padding) {

    /**
     * Checks the components.
     *
     * @param count the number of categories, at least 1
     * @param rangeStart pixel position where the first band's step starts
     * @param rangeEnd pixel position where the last band's step ends, greater than rangeStart
     * @param padding the share of each step left empty, half on each side of the band
     */
    public BandScale {
        checkArgument(count >= 1, "a band scale needs >= 1 category, had %s", count);
        checkArgument(
                rangeEnd > rangeStart,
                "range end must be > start, was [%s, %s]",
                rangeStart,
                rangeEnd);
        checkArgument(padding >= 0 && padding < 1, "padding must be in [0, 1), was %s", padding);
    }

    /**
     * A scale for the given categories.
     *
     * @param categories the number of categories, at least 1
     * @param rangeStart pixel position where the first band's step starts
     * @param rangeEnd pixel position where the last band's step ends
     * @param padding the share of each step left empty, in [0, 1)
     * @return the scale
     */
    public static BandScale of(
            List<?> categories, double rangeStart, double rangeEnd, double padding) {
        return new BandScale(categories.size(), rangeStart, rangeEnd, padding);
    }

    /**
     * Distance from one band's start to the next one's.
     *
     * @return the step, in pixels
     */
    public double step() {
        return (rangeEnd - rangeStart) / count;
    }

    /**
     * The width of a band.
     *
     * @return the band width, in pixels
     */
    public double bandwidth() {
        return step() * (1 - padding);
    }

    /**
     * The pixel position where band {@code index} starts.
     *
     * @param index the band, from 0
     * @return the band's start, in pixels
     */
    public double start(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("band " + index + " of " + count);
        }
        return rangeStart + index * step() + step() * padding / 2;
    }

    /**
     * The pixel position of band {@code index}'s middle.
     *
     * @param index the band, from 0
     * @return the band's middle, in pixels
     */
    public double center(int index) {
        return start(index) + bandwidth() / 2;
    }
}
