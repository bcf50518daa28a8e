package dev.cxkit.cli.report.chart;

import java.util.List;
import java.util.Locale;

/**
 * Colours, line dashes and marker shapes of the charts. Colours are the Okabe-Ito palette,
 * distinguishable with the common colour-vision deficiencies (Okabe &amp; Ito 2008, "Color
 * Universal Design"); since colour is never the only cue, the i-th series also has its own dash
 * pattern and marker shape. Stateless.
 *
 * <p>Thread-safe: its colours, dashes and shapes are constants.
 */
public final class Palette {

    /** Okabe-Ito blue, the colour of single-series charts. */
    public static final String BLUE = "#0072B2";
    /** Okabe-Ito vermillion, used for what lowers an outcome. */
    public static final String VERMILLION = "#D55E00";
    /** Okabe-Ito bluish green. */
    public static final String GREEN = "#009E73";
    /** Okabe-Ito orange. */
    public static final String ORANGE = "#E69F00";
    /** Text and axis grey. */
    public static final String INK = "#333333";
    /** Grid line grey. */
    public static final String GRID = "#e3e3e3";

    private static final List<String> SERIES =
            List.of(BLUE, VERMILLION, GREEN, ORANGE, "#CC79A7", "#56B4E9", "#000000");
    private static final List<String> DASHES = List.of("none", "7 3", "2 3", "9 3 2 3");

    private Palette() {}

    /**
     * The colour of series {@code index} (cycling after seven).
     *
     * @param index the series, from 0
     * @return the colour, as a CSS hex colour
     */
    public static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    /**
     * The dash pattern ({@code stroke-dasharray}) of series {@code index}.
     *
     * @param index the series, from 0
     * @return the dash pattern, empty for a solid line
     */
    public static String dash(int index) {
        return DASHES.get(index % DASHES.size());
    }

    /**
     * A colour of the sequential white-to-blue ramp for {@code share} in [0, 1] (values outside
     * are clamped): lightness alone carries the value, so it reads in grey too.
     *
     * @param share the value, in [0, 1]
     * @return the colour, as a CSS hex colour
     */
    public static String sequential(double share) {
        double t = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(247 + (0x00 - 247) * t);
        int g = (int) Math.round(251 + (0x4a - 251) * t);
        int b = (int) Math.round(255 + (0x8c - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /**
     * True when text on {@link #sequential(double)} of {@code share} should be white.
     *
     * @param share the value, in [0, 1]
     * @return whether white text reads better on that colour
     */
    public static boolean darkOnSequential(double share) {
        return share > 0.55;
    }

    /**
     * Draws marker shape {@code index} (circle, square, triangle, diamond, cycling) of radius
     * {@code r} at {@code (x, y)}; {@code hollow} draws its outline only.
     *
     * @param svg the SVG being written
     * @param index the marker shape, from 0
     * @param x the centre's x, in user units
     * @param y the centre's y, in user units
     * @param r the radius, in user units
     * @param colour the marker's colour
     * @param hollow true to draw the outline only
     * @param cssClass the CSS class of the element
     */
    public static void marker(
            Svg svg,
            int index,
            double x,
            double y,
            double r,
            String colour,
            boolean hollow,
            String cssClass) {
        String fill = hollow ? "#ffffff" : colour;
        switch (index % 4) {
            case 0 ->
                svg.element(
                        "circle",
                        "class",
                        cssClass,
                        "cx",
                        Svg.num(x),
                        "cy",
                        Svg.num(y),
                        "r",
                        Svg.num(r),
                        "fill",
                        fill,
                        "stroke",
                        colour,
                        "stroke-width",
                        "1.5");
            case 1 ->
                svg.element(
                        "rect",
                        "class",
                        cssClass,
                        "x",
                        Svg.num(x - r),
                        "y",
                        Svg.num(y - r),
                        "width",
                        Svg.num(2 * r),
                        "height",
                        Svg.num(2 * r),
                        "fill",
                        fill,
                        "stroke",
                        colour,
                        "stroke-width",
                        "1.5");
            case 2 ->
                svg.element(
                        "path",
                        "class",
                        cssClass,
                        "d",
                        "M" + Svg.num(x) + " "
                                + Svg.num(y - r * 1.2) + "L" + Svg.num(x + r * 1.1) + " "
                                + Svg.num(y + r)
                                + "L" + Svg.num(x - r * 1.1) + " " + Svg.num(y + r) + "Z",
                        "fill",
                        fill,
                        "stroke",
                        colour,
                        "stroke-width",
                        "1.5");
            default ->
                svg.element(
                        "path",
                        "class",
                        cssClass,
                        "d",
                        "M" + Svg.num(x) + " "
                                + Svg.num(y - r * 1.3) + "L" + Svg.num(x + r * 1.3) + " "
                                + Svg.num(y) + "L"
                                + Svg.num(x) + " " + Svg.num(y + r * 1.3) + "L"
                                + Svg.num(x - r * 1.3) + " "
                                + Svg.num(y) + "Z",
                        "fill",
                        fill,
                        "stroke",
                        colour,
                        "stroke-width",
                        "1.5");
        }
    }

    /**
     * Defines, in {@code svg}, the diagonal hatch pattern {@code svg.ref("hatch")} in
     * {@code colour}: the fill of estimates on too few observations.
     *
     * @param svg the SVG being written
     * @param colour the colour of the hatch lines
     */
    public static void hatch(Svg svg, String colour) {
        svg.open("defs")
                .open(
                        "pattern",
                        "id",
                        svg.ref("hatch"),
                        "patternUnits",
                        "userSpaceOnUse",
                        "width",
                        "6",
                        "height",
                        "6",
                        "patternTransform",
                        "rotate(45)")
                .element(
                        "rect",
                        "width",
                        "6",
                        "height",
                        "6",
                        "fill",
                        colour,
                        "fill-opacity",
                        "0.15");
        SvgElement.of("line")
                .attr("x1", "0")
                .attr("y1", "0")
                .attr("x2", "0")
                .attr("y2", "6")
                .stroke(colour)
                .attr("stroke-width", "2.5")
                .write(svg);
        svg.close("pattern").close("defs");
    }
}
