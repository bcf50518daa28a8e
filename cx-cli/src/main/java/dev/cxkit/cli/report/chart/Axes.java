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
            svg.element(
                    "line",
                    "x1",
                    Svg.num(at),
                    "x2",
                    Svg.num(at),
                    "y1",
                    Svg.num(top),
                    "y2",
                    Svg.num(bottom),
                    "stroke",
                    Palette.GRID);
            svg.text(
                    "text",
                    tick.label(),
                    "x",
                    Svg.num(at),
                    "y",
                    Svg.num(bottom + FONT + 3),
                    "text-anchor",
                    "middle",
                    "font-size",
                    Integer.toString(FONT),
                    "fill",
                    Palette.INK);
        }
        svg.element(
                "line",
                "x1",
                Svg.num(x.rangeStart()),
                "x2",
                Svg.num(x.rangeEnd()),
                "y1",
                Svg.num(bottom),
                "y2",
                Svg.num(bottom),
                "stroke",
                Palette.INK);
        svg.text(
                "text",
                title,
                "x",
                Svg.num((x.rangeStart() + x.rangeEnd()) / 2),
                "y",
                Svg.num(bottom + 2 * FONT + 8),
                "text-anchor",
                "middle",
                "font-size",
                Integer.toString(FONT),
                "fill",
                Palette.INK);
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
            svg.element(
                    "line",
                    "x1",
                    Svg.num(left),
                    "x2",
                    Svg.num(right),
                    "y1",
                    Svg.num(at),
                    "y2",
                    Svg.num(at),
                    "stroke",
                    Palette.GRID);
            svg.text(
                    "text",
                    tick.label(),
                    "x",
                    Svg.num(left - 5),
                    "y",
                    Svg.num(at + 4),
                    "text-anchor",
                    "end",
                    "font-size",
                    Integer.toString(FONT),
                    "fill",
                    Palette.INK);
        }
        svg.element(
                "line",
                "x1",
                Svg.num(left),
                "x2",
                Svg.num(left),
                "y1",
                Svg.num(y.rangeStart()),
                "y2",
                Svg.num(y.rangeEnd()),
                "stroke",
                Palette.INK);
        svg.text(
                "text",
                title,
                "x",
                Svg.num(left),
                "y",
                Svg.num(Math.min(y.rangeStart(), y.rangeEnd()) - 8),
                "text-anchor",
                "start",
                "font-size",
                Integer.toString(FONT),
                "fill",
                Palette.INK);
        svg.close("g");
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
