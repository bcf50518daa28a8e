package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lines over a numeric x axis, one per series, each with an optional interval band, point
 * markers, notes above points and censoring ticks; a series may be drawn as a step function (a
 * survival curve). Series differ in colour, dash pattern and marker shape, and a legend names
 * them.
 *
 * <p>Marks: a series is a {@code <g class="series" data-series="NAME">} holding its
 * {@code <path class="band">}, {@code <path class="line">}, markers of class {@code point}
 * ({@code point small}, hollow, for small samples) and {@code <path class="censor">} ticks.
 * Immutable and thread-safe.
 *
 * @param id page-unique id of the chart
 * @param title the chart's accessible title
 * @param x the horizontal axis
 * @param y the vertical axis
 */
public record LineChart(String id, String title, AxisSpec x, AxisSpec y) {

    static final double WIDTH = 560;
    private static final double HEIGHT = 300;
    private static final double LEFT = 52;
    private static final double RIGHT = 16;
    private static final double AXIS = 42;
    private static final double LEGEND_ROW = 18;

    /**
     * A point of a series.
     *
     * @param x the x value
     * @param y the y value
     * @param band the interval at {@code x}, drawn as the shaded band, if any
     * @param small true when the point rests on too few observations (a hollow marker)
     * @param note text above the point, such as {@code "n = 6"} or a flag, or empty
     */
    public record Point(double x, double y, Optional<Range> band, boolean small, String note) {

        /**
         * Checks the components.
         *
         * @param x the x value
         * @param y the y value
         * @param band the interval at {@code x}, drawn as the shaded band, if any
         * @param small true when the point rests on too few observations (a hollow marker)
         * @param note text above the point, such as {@code "n = 6"} or a flag, or empty
         */
        public Point {
            checkArgument(
                    Double.isFinite(x) && Double.isFinite(y),
                    "point must be finite, was (%s, %s)",
                    x,
                    y);
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(note, "note");
        }

        /**
         * A plain point.
         *
         * @param x the x value
         * @param y the y value
         * @return a point with no band, not small, without a note
         */
        public static Point of(double x, double y) {
            return new Point(x, y, Optional.empty(), false, "");
        }
    }

    /**
     * One line.
     *
     * @param name the legend text
     * @param points in ascending x
     * @param step draw as a right-continuous step function instead of straight segments
     * @param markers draw a marker at every point (small points are always marked)
     * @param censored x positions of censoring ticks, drawn on the line
     */
    public record Series(
            String name, List<Point> points, boolean step, boolean markers, List<Double> censored) {

        /**
         * Checks the components.
         *
         * @param name the legend text
         * @param points in ascending x
         * @param step draw as a right-continuous step function instead of straight segments
         * @param markers draw a marker at every point (small points are always marked)
         * @param censored x positions of censoring ticks, drawn on the line
         */
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
            censored = List.copyOf(censored);
            checkArgument(!points.isEmpty(), "series '%s' must have >= 1 point, had none", name);
            for (int i = 1; i < points.size(); i++) {
                checkArgument(
                        points.get(i).x() >= points.get(i - 1).x(),
                        "points of series '%s' must be in ascending x, was %s after %s",
                        name,
                        points.get(i).x(),
                        points.get(i - 1).x());
            }
        }

        /** The y value of the line at {@code at}, as drawn. */
        double yAt(double at) {
            Point last = points.get(0);
            for (Point point : points) {
                if (point.x() > at) {
                    break;
                }
                last = point;
            }
            return last.y();
        }
    }

    /**
     * Checks the components.
     *
     * @param id page-unique id of the chart
     * @param title the chart's accessible title
     * @param x the horizontal axis
     * @param y the vertical axis
     */
    public LineChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }

    /**
     * The chart of {@code series}, drawn in their order.
     *
     * @param series the series to draw
     * @return the chart as an inline SVG element
     */
    public String render(List<Series> series) {
        checkArgument(!series.isEmpty(), "a line chart needs >= 1 series, had none");
        double legend = series.size() > 1 ? LEGEND_ROW * legendRows(series) + 6 : 0;
        double top = 24 + legend;
        double bottom = top + HEIGHT - 24 - AXIS;
        LinearScale xs = x.scale(extent(series, true), LEFT, WIDTH - RIGHT);
        LinearScale ys = y.scale(extent(series, false), bottom, top);
        Svg svg = new Svg(id, WIDTH, top + HEIGHT - 24, title);
        Axes.left(svg, ys, y.ticksOn(ys, 5), LEFT, WIDTH - RIGHT, y.title());
        Axes.bottom(svg, xs, x.ticksOn(xs, 6), top, bottom, x.title());
        if (series.size() > 1) {
            legend(svg, series);
        }
        for (int i = 0; i < series.size(); i++) {
            draw(svg, xs, ys, series.get(i), i);
        }
        return svg.finish();
    }

    private void draw(Svg svg, LinearScale xs, LinearScale ys, Series line, int index) {
        String colour = Palette.series(index);
        svg.open("g", "class", "series", "data-series", line.name());
        List<Point> banded =
                line.points().stream().filter(p -> p.band().isPresent()).toList();
        if (!banded.isEmpty()) {
            svg.element(
                    "path",
                    "class",
                    "band",
                    "d",
                    bandPath(xs, ys, banded, line.step()),
                    "fill",
                    colour,
                    "fill-opacity",
                    "0.18",
                    "stroke",
                    "none");
        }
        svg.element(
                "path",
                "class",
                "line",
                "d",
                linePath(xs, ys, line.points(), line.step()),
                "fill",
                "none",
                "stroke",
                colour,
                "stroke-width",
                "2",
                "stroke-dasharray",
                Palette.dash(index));
        for (double at : line.censored()) {
            double px = xs.apply(at);
            double py = ys.apply(line.yAt(at));
            svg.element(
                    "path",
                    "class",
                    "censor",
                    "d",
                    "M" + Svg.num(px) + " " + Svg.num(py - 4) + "V" + Svg.num(py + 4),
                    "stroke",
                    colour,
                    "stroke-width",
                    "1.5");
        }
        for (Point point : line.points()) {
            double px = xs.apply(point.x());
            double py = ys.apply(point.y());
            if (line.markers() || point.small()) {
                Palette.marker(
                        svg,
                        index,
                        px,
                        py,
                        4,
                        colour,
                        point.small(),
                        point.small() ? "point small" : "point");
            }
            if (!point.note().isEmpty()) {
                SvgElement.of("text")
                        .at(px, py - 9)
                        .anchor("middle")
                        .font(10)
                        .fill(Palette.INK)
                        .cls("note")
                        .write(svg, point.note());
            }
        }
        svg.close("g");
    }

    private static String linePath(
            LinearScale xs, LinearScale ys, List<Point> points, boolean step) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String px = Svg.num(xs.apply(point.x()));
            String py = Svg.num(ys.apply(point.y()));
            if (i == 0) {
                d.append('M').append(px).append(' ').append(py);
            } else if (step) {
                d.append('H').append(px).append('V').append(py);
            } else {
                d.append('L').append(px).append(' ').append(py);
            }
        }
        return d.toString();
    }

    private static String bandPath(
            LinearScale xs, LinearScale ys, List<Point> points, boolean step) {
        List<Point> upper = new ArrayList<>();
        List<Point> lower = new ArrayList<>();
        for (Point point : points) {
            Range band = point.band().orElseThrow();
            upper.add(Point.of(point.x(), band.upper()));
            lower.add(0, Point.of(point.x(), band.lower()));
        }
        StringBuilder d = new StringBuilder(linePath(xs, ys, upper, step));
        for (int i = 0; i < lower.size(); i++) {
            Point point = lower.get(i);
            String px = Svg.num(xs.apply(point.x()));
            String py = Svg.num(ys.apply(point.y()));
            if (step) {
                // backwards along a right-continuous step: down to this level, then left
                d.append('V').append(py);
                if (i > 0) {
                    d.append('H').append(px);
                }
            } else {
                d.append('L').append(px).append(' ').append(py);
            }
        }
        return d.append('Z').toString();
    }

    private static Range extent(List<Series> series, boolean horizontal) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series line : series) {
            for (Point point : line.points()) {
                double low = horizontal
                        ? point.x()
                        : Math.min(point.y(), point.band().map(Range::lower).orElse(point.y()));
                double high = horizontal
                        ? point.x()
                        : Math.max(point.y(), point.band().map(Range::upper).orElse(point.y()));
                min = Math.min(min, low);
                max = Math.max(max, high);
            }
        }
        return new Range(min, max);
    }

    private static int legendRows(List<Series> series) {
        int rows = 1;
        double at = LEFT;
        for (Series line : series) {
            double width = 34 + Axes.textWidth(line.name(), Axes.FONT) + 14;
            if (at + width > WIDTH - RIGHT && at > LEFT) {
                rows++;
                at = LEFT;
            }
            at += width;
        }
        return rows;
    }

    private static void legend(Svg svg, List<Series> series) {
        svg.open("g", "class", "legend");
        double at = LEFT;
        double row = 12;
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name();
            double width = 34 + Axes.textWidth(name, Axes.FONT) + 14;
            if (at + width > WIDTH - RIGHT && at > LEFT) {
                row += LEGEND_ROW;
                at = LEFT;
            }
            String colour = Palette.series(i);
            SvgElement.of("line")
                    .span(at, at + 28, row, row)
                    .stroke(colour)
                    .attr("stroke-width", "2")
                    .attr("stroke-dasharray", Palette.dash(i))
                    .write(svg);
            Palette.marker(svg, i, at + 14, row, 4, colour, false, "legend-marker");
            SvgElement.of("text")
                    .at(at + 34, row + 4)
                    .font(Axes.FONT)
                    .fill(Palette.INK)
                    .write(svg, name);
            at += width;
        }
        svg.close("g");
    }
}
