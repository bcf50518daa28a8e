package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * An inline SVG element being written: elements and text are appended in order, attribute
 * values and text are escaped, coordinates are written with at most two decimals. The element
 * scales to its container's width ({@code viewBox} and {@code width="100%"}) and is labelled
 * by its title for screen readers ({@code role="img"}, {@code aria-labelledby}).
 *
 * <p>Coordinates are SVG user units (CSS pixels at the natural size). Not thread-safe: one
 * writer per chart.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder(4096);
    private final String id;
    private final double width;
    private final double height;

    /**
     * Opens an SVG element {@code width x height} user units with a {@code <title>}.
     *
     * @param id unique within the page; prefixes the ids of patterns defined in this SVG
     * @param width the natural width, in user units
     * @param height the natural height, in user units
     * @param title the accessible title
     * @throws IllegalArgumentException when the id is not a plain name or a size is not positive
     */
    public Svg(String id, double width, double height, String title) {
        Objects.requireNonNull(title, "title");
        checkArgument(
                Objects.requireNonNull(id, "id").matches("[A-Za-z][A-Za-z0-9_-]*"),
                "id must be letters, digits, '-' or '_' after a letter, was '%s'",
                id);
        checkArgument(
                width > 0 && height > 0,
                "width and height must be > 0 user units, were %s and %s",
                width,
                height);
        this.id = id;
        this.width = width;
        this.height = height;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                .append("\" width=\"100%\" aria-labelledby=\"")
                .append(id)
                .append("-title\" data-chart=\"")
                .append(id)
                .append("\">\n<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>\n");
    }

    /**
     * The natural width, in user units.
     *
     * @return the natural width, in user units
     */
    public double width() {
        return width;
    }

    /**
     * The natural height, in user units.
     *
     * @return the natural height, in user units
     */
    public double height() {
        return height;
    }

    /**
     * The page-unique id of a definition local to this SVG, e.g. {@code ref("hatch")}.
     *
     * @param local the definition's name within this SVG
     * @return the id of that definition
     */
    public String ref(String local) {
        return id + "-" + local;
    }

    /**
     * Opens {@code <tag name="value" ...>}; attributes come as name, value pairs.
     *
     * @param tag the element name
     * @param attributes attribute names and values, alternating
     * @return this writer
     */
    public Svg open(String tag, String... attributes) {
        start(tag, attributes);
        out.append(">\n");
        return this;
    }

    /**
     * Closes the innermost element opened as {@code tag}.
     *
     * @param tag the element name
     * @return this writer
     */
    public Svg close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * A childless element {@code <tag name="value" .../>}.
     *
     * @param tag the element name
     * @param attributes attribute names and values, alternating
     * @return this writer
     */
    public Svg element(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>\n");
        return this;
    }

    /**
     * An element holding escaped text, such as {@code <text>} or {@code <title>}.
     *
     * @param tag the element name
     * @param text the text, escaped when written
     * @param attributes attribute names and values, alternating
     * @return this writer
     */
    public Svg text(String tag, String text, String... attributes) {
        start(tag, attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * The finished SVG element; the writer must not be used afterwards.
     *
     * @return the SVG element
     */
    public String finish() {
        return out.append("</svg>").toString();
    }

    private void start(String tag, String... attributes) {
        checkArgument(
                attributes.length % 2 == 0,
                "attributes of <%s> must come as name, value pairs, were %s strings",
                tag,
                attributes.length);
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
    }

    /**
     * A coordinate or length with at most two decimals, trailing zeros dropped.
     *
     * @param value a finite coordinate or length
     * @return the number as written in SVG
     */
    public static String num(double value) {
        checkArgument(Double.isFinite(value), "a coordinate must be finite, was %s", value);
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return String.format(Locale.ROOT, hundredths % 10 == 0 ? "%.1f" : "%.2f", value);
    }

    /**
     * Text escaped for an XML attribute value or element content.
     *
     * @param text the text to escape
     * @return the escaped text
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
