package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one row per category, each drawn from zero to its value, with an interval
 * whisker where the estimate has one and a note at the right end of the row (its n, a flag).
 * Horizontal bars keep long category names readable on a phone.
 *
 * <p>Marks, for readers and tests: a row is a {@code <g class="bar-row">}, its bar a
 * {@code <rect class="bar">} ({@code class="bar small"} with a hatched fill for a small sample),
 * its whisker a {@code <path class="whisker">} with end caps. With {@code signed} colouring, a
 * bar below zero is vermillion and lies left of the zero line, so the sign reads without colour.
 * Immutable and thread-safe; {@link #render(List)} returns a new SVG each time.
 *
 * @param id page-unique id of the chart
 * @param title the chart's accessible title
 * @param axisTitle the value axis title, with its unit
 * @param format formats tick values
 * @param signed colour bars below zero differently
 */
public record BarChart(
        String id, String title, String axisTitle, DoubleFunction<String> format, boolean signed) {

    static final double WIDTH = 560;
    private static final double ROW = 26;
    private static final double BAR = 14;
    private static final double TOP = 8;
    private static final double AXIS = 40;
    private static final int LABEL_CHARS = 24;

    /**
     * One row.
     *
     * @param label the category
     * @param value the estimate, drawn as the bar
     * @param interval its interval, drawn as the whisker, if any
     * @param note text at the right of the row, such as {@code "n = 6"}
     * @param small true when the estimate rests on too few observations: hatched, not solid
     */
    public record Bar(
            String label, double value, Optional<Range> interval, String note, boolean small) {

        /**
         * Checks the components.
         *
         * @param label the category
         * @param value the estimate, drawn as the bar
         * @param interval its interval, drawn as the whisker, if any
         * @param note text at the right of the row, such as {@code "n = 6"}
         * @param small true when the estimate rests on too few observations: hatched, not solid
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            checkArgument(
                    Double.isFinite(value),
                    "value of bar '%s' must be finite, was %s",
                    label,
                    value);
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Checks the components.
     *
     * @param id page-unique id of the chart
     * @param title the chart's accessible title
     * @param axisTitle the value axis title, with its unit
     * @param format formats tick values
     * @param signed colour bars below zero differently
     */
    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(axisTitle, "axisTitle");
        Objects.requireNonNull(format, "format");
    }

    /**
     * The chart of {@code bars}, top to bottom in their order.
     *
     * @param bars the bars, one per row
     * @return the chart as an inline SVG element
     */
    public String render(List<Bar> bars) {
        checkArgument(!bars.isEmpty(), "a bar chart needs >= 1 bar, had none");
        double labels = Math.min(
                                LABEL_CHARS,
                                bars.stream()
                                        .mapToInt(b -> b.label().length())
                                        .max()
                                        .orElse(0))
                        * Axes.FONT
                        * 0.58
                + 10;
        double notes = bars.stream()
                        .mapToDouble(b -> Axes.textWidth(b.note(), 11))
                        .max()
                        .orElse(0)
                + 10;
        double left = labels + 4;
        double right = WIDTH - Math.min(notes, 190);
        double bottom = TOP + bars.size() * ROW;
        double min = 0;
        double max = 0;
        for (Bar bar : bars) {
            min = Math.min(min, bar.interval().map(Range::lower).orElse(bar.value()));
            max = Math.max(max, bar.interval().map(Range::upper).orElse(bar.value()));
            min = Math.min(min, bar.value());
            max = Math.max(max, bar.value());
        }
        LinearScale x = LinearScale.nice(min, max, 5, left, right);
        Svg svg = new Svg(id, WIDTH, bottom + AXIS, title);
        Palette.hatch(svg, Palette.BLUE);
        Axes.bottom(svg, x, Tick.of(x, 5, format), TOP, bottom, axisTitle);
        for (int i = 0; i < bars.size(); i++) {
            row(svg, x, bars.get(i), TOP + i * ROW + ROW / 2, right);
        }
        double zero = x.apply(0);
        SvgElement.of("line")
                .cls("zero")
                .span(zero, zero, TOP, bottom)
                .stroke(Palette.INK)
                .write(svg);
        return svg.finish();
    }

    private void row(Svg svg, LinearScale x, Bar bar, double middle, double right) {
        String colour = signed && bar.value() < 0 ? Palette.VERMILLION : Palette.BLUE;
        double zero = x.apply(0);
        double end = x.apply(bar.value());
        svg.open("g", "class", "bar-row", "data-label", bar.label());
        svg.text(
                "title",
                bar.label() + ": " + format.apply(bar.value())
                        + bar.interval()
                                .map(r -> " [" + format.apply(r.lower()) + ", "
                                        + format.apply(r.upper()) + "]")
                                .orElse("")
                        + " " + bar.note());
        Axes.label(
                svg, Axes.shorten(bar.label(), LABEL_CHARS), x.rangeStart() - 6, middle + 4, "end");
        svg.element(
                "rect",
                "class",
                bar.small() ? "bar small" : "bar",
                "x",
                Svg.num(Math.min(zero, end)),
                "y",
                Svg.num(middle - BAR / 2),
                "width",
                Svg.num(Math.max(Math.abs(end - zero), 1)),
                "height",
                Svg.num(BAR),
                "fill",
                bar.small() ? "url(#" + svg.ref("hatch") + ")" : colour,
                "fill-opacity",
                bar.small() ? "1" : "0.85",
                "stroke",
                colour);
        bar.interval()
                .ifPresent(range ->
                        whisker(svg, x.apply(range.lower()), x.apply(range.upper()), middle));
        SvgElement.of("text")
                .at(right + 6, middle + 4)
                .font(11)
                .fill(Palette.INK)
                .cls("note")
                .write(svg, bar.note());
        svg.close("g");
    }

    /** A horizontal whisker from {@code from} to {@code to} at height {@code y}, with caps. */
    static void whisker(Svg svg, double from, double to, double y) {
        svg.element(
                "path",
                "class",
                "whisker",
                "d",
                "M" + Svg.num(from) + " " + Svg.num(y) + "H"
                        + Svg.num(to) + "M" + Svg.num(from) + " " + Svg.num(y - 5) + "V"
                        + Svg.num(y + 5) + "M" + Svg.num(to) + " " + Svg.num(y - 5) + "V"
                        + Svg.num(y + 5),
                "stroke",
                Palette.INK,
                "stroke-width",
                "1.5",
                "fill",
                "none");
    }
}
