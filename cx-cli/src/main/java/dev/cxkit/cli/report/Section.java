package dev.cxkit.cli.report;

import dev.cxkit.cli.output.TextTable;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report being assembled: a heading, then notes, figures (a chart with its
 * numbers as a table, the chart's text alternative) and tables in the order they are added.
 * Not thread-safe.
 *
 * <p>HTML: {@code <section id="ID">}; a figure is {@code <figure class="chart"
 * data-chart="CHART-ID">} holding the inline SVG, a caption and a {@code <details>} with the
 * table; flagged findings are a {@code <ul class="flags">}.
 */
public final class Section {

    private final String id;
    private final StringBuilder body = new StringBuilder();

    private Section(String id, String heading) {
        this.id = Objects.requireNonNull(id, "id");
        body.append("<section id=\"")
                .append(HtmlReport.escape(id))
                .append("\">\n<h2>")
                .append(HtmlReport.escape(heading))
                .append("</h2>\n");
    }

    /**
     * A new section; {@code id} is unique within the page.
     *
     * @param id the section's id, unique within the page
     * @param heading the section's heading
     * @return an empty section
     */
    public static Section of(String id, String heading) {
        return new Section(id, Objects.requireNonNull(heading, "heading"));
    }

    /**
     * The section's id.
     *
     * @return the section's id
     */
    public String id() {
        return id;
    }

    /**
     * A paragraph of explanation.
     *
     * @param text the paragraph, plain text
     * @return this section
     */
    public Section note(String text) {
        body.append("<p class=\"note\">").append(HtmlReport.escape(text)).append("</p>\n");
        return this;
    }

    /**
     * A chart with its caption and, as its text alternative, the numbers it draws.
     *
     * @param chartId the id the SVG was written with
     * @param svg the inline SVG element
     * @param caption what the chart shows and how to read it
     * @param numbers the numbers behind the chart
     * @return this section
     */
    public Section figure(String chartId, String svg, String caption, TextTable numbers) {
        body.append("<figure class=\"chart\" data-chart=\"")
                .append(HtmlReport.escape(chartId))
                .append("\">\n")
                .append(svg)
                .append("\n<figcaption>")
                .append(HtmlReport.escape(caption))
                .append(
                        "</figcaption>\n<details><summary>The numbers behind this chart</summary>\n")
                .append(HtmlReport.table(numbers))
                .append("</details>\n</figure>\n");
        return this;
    }

    /**
     * A table shown as it is, with an optional caption.
     *
     * @param caption the caption, or null for none
     * @param table the table
     * @return this section
     */
    public Section table(String caption, TextTable table) {
        if (!caption.isEmpty()) {
            body.append("<h3>").append(HtmlReport.escape(caption)).append("</h3>\n");
        }
        body.append(HtmlReport.table(table));
        return this;
    }

    /**
     * Findings to act on, each a sentence; {@code up} and {@code down} say the direction so the
     * page marks it with an arrow as well as words.
     *
     * @param heading the heading above the findings
     * @param flags the findings, in the order shown
     * @return this section
     */
    public Section flags(String heading, List<Flag> flags) {
        if (flags.isEmpty()) {
            return this;
        }
        body.append("<h3>")
                .append(HtmlReport.escape(heading))
                .append("</h3>\n<ul class=\"flags\">\n");
        for (Flag flag : flags) {
            body.append("<li class=\"")
                    .append(flag.up() ? "up" : "down")
                    .append("\"><span aria-hidden=\"true\">")
                    .append(flag.up() ? "\u25b2" : "\u25bc")
                    .append("</span> ")
                    .append(HtmlReport.escape(flag.text()))
                    .append("</li>\n");
        }
        body.append("</ul>\n");
        return this;
    }

    /**
     * A finding: a sentence and its direction.
     *
     * @param up true for an increase, false for a decrease
     * @param text the sentence, naming the group, the change and its adjusted p-value
     */
    public record Flag(boolean up, String text) {
        /**
         * Checks the components.
         *
         * @param up true for an increase, false for a decrease
         * @param text the sentence, naming the group, the change and its adjusted p-value
         */
        public Flag {
            Objects.requireNonNull(text, "text");
        }
    }

    String html() {
        return body + "</section>\n";
    }
}
