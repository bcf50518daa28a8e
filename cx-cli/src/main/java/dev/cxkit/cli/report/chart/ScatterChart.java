package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * Labelled points split into four quadrants by a vertical and a horizontal reference line, with
 * a name in each quadrant's corner: the importance-versus-performance chart. A point's marker
 * shape and colour come from its group (for example, whether a driver raises or lowers the
 * outcome), and a legend names the groups.
 *
 * <p>Marks: a point is a {@code <g class="scatter-point">} holding a marker and its label;
 * the reference lines are {@code <line class="reference">}. Immutable and thread-safe.
 *
 * @param id page-unique id of the chart
 * @param title the chart's accessible title
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param groups legend names of the point groups, indexed by {@link Point#group()}
 */
public record ScatterChart(String id, String title, AxisSpec x, AxisSpec y, List<String> groups) {

    private static final double WIDTH = 560;
    private static final double HEIGHT = 360;
    private static final double LEFT = 56;
    private static final double RIGHT = 28;
    private static final double TOP = 40;
    private static final double AXIS = 42;

    /**
     * A point.
     *
     * @param label its name
     * @param x horizontal value
     * @param y vertical value
     * @param group index into the chart's groups: marker shape, colour and legend entry
     */
    public record Point(String label, double x, double y, int group) {

        /**
         * Checks the components.
         *
         * @param label its name
         * @param x horizontal value
         * @param y vertical value
         * @param group index into the chart's groups: marker shape, colour and legend entry
         */
        public Point {
            Objects.requireNonNull(label, "label");
            checkArgument(
                    Double.isFinite(x) && Double.isFinite(y),
                    "point '%s' must be finite, was (%s, %s)",
                    label,
                    x,
                    y);
        }
    }

    /**
     * Four quadrant names, read clockwise from the top left.
     */
    public record Quadrants(
            double xSplit,
            double ySplit,
            String topLeft,
            String topRight,
            String bottomRight,
            String bottomLeft) {}

    /**
     * Checks the components.
     *
     * @param id page-unique id of the chart
     * @param title the chart's accessible title
     * @param x the horizontal axis
     * @param y the vertical axis
     * @param groups legend names of the point groups, indexed by {@link Point#group()}
     */
    public ScatterChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        groups = List.copyOf(groups);
    }

    /**
     * The chart of {@code points} with the {@code quadrants}.
     *
     * @param points the points to draw
     * @param quadrants the quadrant lines and labels
     * @return the chart as an inline SVG element
     */
    public String render(List<Point> points, Quadrants quadrants) {
        checkArgument(!points.isEmpty(), "a scatter chart needs >= 1 point, had none");
        double bottom = HEIGHT - AXIS;
        LinearScale xs = x.scale(extent(points, quadrants, true), LEFT, WIDTH - RIGHT);
        LinearScale ys = y.scale(extent(points, quadrants, false), bottom, TOP);
        Svg svg = new Svg(id, WIDTH, HEIGHT, title);
        Axes.left(svg, ys, y.ticksOn(ys, 5), LEFT, WIDTH - RIGHT, y.title());
        Axes.bottom(svg, xs, x.ticksOn(xs, 5), TOP, bottom, x.title());
        double splitX = xs.apply(quadrants.xSplit());
        double splitY = ys.apply(quadrants.ySplit());
        reference(svg, splitX, splitX, TOP, bottom);
        reference(svg, LEFT, WIDTH - RIGHT, splitY, splitY);
        corner(svg, quadrants.topLeft(), LEFT + 4, TOP + 12, "start");
        corner(svg, quadrants.topRight(), WIDTH - RIGHT - 4, TOP + 12, "end");
        corner(svg, quadrants.bottomRight(), WIDTH - RIGHT - 4, bottom - 6, "end");
        corner(svg, quadrants.bottomLeft(), LEFT + 4, bottom - 6, "start");
        legend(svg);
        List<double[]> placed = new java.util.ArrayList<>();
        for (Point point : points) {
            double px = xs.apply(point.x());
            double py = ys.apply(point.y());
            String colour = Palette.series(point.group());
            svg.open("g", "class", "scatter-point", "data-label", point.label());
            Palette.marker(svg, point.group(), px, py, 5, colour, false, "point");
            boolean leftSide = px > WIDTH - RIGHT - 110;
            String label = Axes.shorten(point.label(), 20);
            double from = leftSide ? px - 8 - Axes.textWidth(label, 11) : px + 8;
            double baseline = free(placed, from, from + Axes.textWidth(label, 11), py + 4);
            SvgElement.of("text")
                    .at(leftSide ? px - 8 : px + 8, baseline)
                    .font(11)
                    .anchor(leftSide ? "end" : "start")
                    .fill(Palette.INK)
                    .write(svg, label);
            svg.close("g");
        }
        return svg.finish();
    }

    /**
     * The baseline nearest {@code y} at which a label spanning {@code from..to} overlaps none
     * placed before (moving down, then up, in steps of one line); records the one chosen.
     */
    private static double free(List<double[]> placed, double from, double to, double y) {
        for (int step = 0; step < 12; step++) {
            double candidate = y + (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * 13;
            boolean clear = placed.stream()
                    .noneMatch(box ->
                            from < box[1] && to > box[0] && Math.abs(candidate - box[2]) < 12);
            if (clear) {
                placed.add(new double[] {from, to, candidate});
                return candidate;
            }
        }
        placed.add(new double[] {from, to, y});
        return y;
    }

    private void legend(Svg svg) {
        double at = LEFT;
        for (int i = 0; i < groups.size(); i++) {
            Palette.marker(svg, i, at + 5, 12, 5, Palette.series(i), false, "legend-marker");
            SvgElement.of("text")
                    .at(at + 14, 16)
                    .font(Axes.FONT)
                    .fill(Palette.INK)
                    .write(svg, groups.get(i));
            at += 30 + Axes.textWidth(groups.get(i), Axes.FONT);
        }
    }

    /** A dashed reference line from {@code (x1, y1)} to {@code (x2, y2)}. */
    private static void reference(Svg svg, double x1, double x2, double y1, double y2) {
        SvgElement.of("line")
                .cls("reference")
                .span(x1, x2, y1, y2)
                .stroke(Palette.INK)
                .attr("stroke-dasharray", "4 3")
                .write(svg);
    }

    private static void corner(Svg svg, String text, double x, double y, String anchor) {
        SvgElement.of("text")
                .at(x, y)
                .anchor(anchor)
                .font(11)
                .attr("font-style", "italic")
                .fill("#666666")
                .cls("quadrant")
                .write(svg, text);
    }

    private static Range extent(List<Point> points, Quadrants quadrants, boolean horizontal) {
        double split = horizontal ? quadrants.xSplit() : quadrants.ySplit();
        double min = split;
        double max = split;
        for (Point point : points) {
            double value = horizontal ? point.x() : point.y();
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return new Range(min, max);
    }
}
