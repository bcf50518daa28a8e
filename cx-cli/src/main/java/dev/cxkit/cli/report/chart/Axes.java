package dev.cxkit.cli.report.chart;

import java.util.List;

/**
 * Draws axes with grid lines into an {@link Svg}: a value axis along the bottom or the left of a
 * plot area, its tick labels and its title. Stateless.
 */
final class Axes {

    static final int FONT = 13;

    private Axes() {}

    /**
     * A horizontal axis at {@code bottom} under a plot spanning {@code top..bottom}: a grid line
     * and a label per tick, the title centred below.
     */
    static void bottom(
            Svg svg, LinearScale x, List<Tick> ticks, double top, double bottom, String title) {
        svg.open("g", "class", "axis x");
        for (Tick tick : ticks) {
            double at = x.apply(tick.value());
            line(svg, at, at, top, bottom, Palette.GRID);
            label(svg, tick.label(), at, bottom + FONT + 3, "middle");
        }
        line(svg, x.rangeStart(), x.rangeEnd(), bottom, bottom, Palette.INK);
        label(svg, title, (x.rangeStart() + x.rangeEnd()) / 2, bottom + 2 * FONT + 8, "middle");
        svg.close("g");
    }

    /**
     * A vertical axis at {@code left} beside a plot spanning {@code left..right}: a grid line
     * and a label per tick, the title above the axis.
     */
    static void left(
            Svg svg, LinearScale y, List<Tick> ticks, double left, double right, String title) {
        svg.open("g", "class", "axis y");
        for (Tick tick : ticks) {
            double at = y.apply(tick.value());
            line(svg, left, right, at, at, Palette.GRID);
            label(svg, tick.label(), left - 5, at + 4, "end");
        }
        line(svg, left, left, y.rangeStart(), y.rangeEnd(), Palette.INK);
        label(svg, title, left, Math.min(y.rangeStart(), y.rangeEnd()) - 8, "start");
        svg.close("g");
    }

    /** A line from {@code (x1, y1)} to {@code (x2, y2)} in {@code stroke}. */
    private static void line(Svg svg, double x1, double x2, double y1, double y2, String stroke) {
        SvgElement.of("line").span(x1, x2, y1, y2).stroke(stroke).write(svg);
    }

    /** Text at {@code (x, y)} in the axis font, anchored by {@code anchor}: labels and titles. */
    static void label(Svg svg, String text, double x, double y, String anchor) {
        SvgElement.of("text")
                .at(x, y)
                .anchor(anchor)
                .font(FONT)
                .fill(Palette.INK)
                .write(svg, text);
    }

    /** Shortens {@code label} to {@code max} characters with an ellipsis. */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "\u2026";
    }

    /** The approximate width of {@code text} at {@code fontSize}, for layout without fonts. */
    static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * 0.58;
    }
}
