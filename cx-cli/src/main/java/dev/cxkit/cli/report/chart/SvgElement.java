package dev.cxkit.cli.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One SVG element written through an {@link Svg}: the charts' lines and texts are built with it
 * instead of spelled-out name, value pairs, e.g.
 * {@code SvgElement.of("text").at(x, y).anchor("end").font(13).fill(Palette.INK).write(svg, label)}.
 * Attributes are written in the order they are set; coordinates with {@link Svg#num(double)}.
 * Not thread-safe; one element per builder.
 */
final class SvgElement {

    private final String tag;
    private final List<String> attributes = new ArrayList<>();

    private SvgElement(String tag) {
        this.tag = tag;
    }

    /** An element {@code <tag>} without attributes yet. */
    static SvgElement of(String tag) {
        return new SvgElement(tag);
    }

    /** Sets {@code name} to {@code value}. */
    SvgElement attr(String name, String value) {
        attributes.add(name);
        attributes.add(value);
        return this;
    }

    /** The CSS class, e.g. {@code note}. */
    SvgElement cls(String cssClass) {
        return attr("class", cssClass);
    }

    /** The position {@code x}, {@code y} of a text. */
    SvgElement at(double x, double y) {
        return attr("x", Svg.num(x)).attr("y", Svg.num(y));
    }

    /** The ends {@code x1}, {@code x2}, {@code y1}, {@code y2} of a line. */
    SvgElement span(double x1, double x2, double y1, double y2) {
        return attr("x1", Svg.num(x1))
                .attr("x2", Svg.num(x2))
                .attr("y1", Svg.num(y1))
                .attr("y2", Svg.num(y2));
    }

    /** The text anchor: {@code start}, {@code middle} or {@code end}. */
    SvgElement anchor(String anchor) {
        return attr("text-anchor", anchor);
    }

    /** The font size, in user units. */
    SvgElement font(int size) {
        return attr("font-size", Integer.toString(size));
    }

    /** The fill colour. */
    SvgElement fill(String colour) {
        return attr("fill", colour);
    }

    /** The stroke colour. */
    SvgElement stroke(String colour) {
        return attr("stroke", colour);
    }

    /** Writes the element without content, {@code <tag .../>}. */
    void write(Svg svg) {
        svg.element(tag, attributes.toArray(String[]::new));
    }

    /** Writes the element holding {@code text}, escaped. */
    void write(Svg svg, String text) {
        svg.text(tag, text, attributes.toArray(String[]::new));
    }
}
