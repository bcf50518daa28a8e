package dev.cxkit.cli.report;

import dev.cxkit.cli.output.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-contained HTML page: a title, headline figures, then sections each holding an inline
 * SVG chart and/or a table. No scripts, styles inline, nothing fetched: the page can be mailed
 * or archived as one file.
 *
 * <p>Every chart sits in a {@code <figure class="chart" data-chart="ID">}, every section in a
 * {@code <section id="ID">}, so tests and scripts can find them.
 */
public final class HtmlReport {

    private final String title;
    private final List<String> headlines = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    /**
     * An empty report.
     *
     * @param title the page's title
     */
    public HtmlReport(String title) {
        this.title = title;
    }

    /**
     * A headline figure: a label, a value and a note such as the interval and n.
     *
     * @param label what the figure is, for example "NPS"
     * @param value the figure, formatted
     * @param note a note under the figure, such as its interval and n
     * @return this report
     */
    public HtmlReport headline(String label, String value, String note) {
        headlines.add("<div class=\"headline\"><div class=\"label\">" + escape(label)
                + "</div><div class=\"value\">" + escape(value) + "</div><div class=\"note\">"
                + escape(note) + "</div></div>");
        return this;
    }

    /**
     * A section with a chart (inline SVG, may be null) and a table (may be null).
     *
     * @param id the section's id, for links and tests
     * @param heading the section's heading
     * @param svg the chart as inline SVG, or null
     * @param table the table, or null
     * @param note a note under the section, or null for none
     * @return this report
     */
    public HtmlReport section(String id, String heading, String svg, TextTable table, String note) {
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"")
                .append(escape(id))
                .append("\"><h2>")
                .append(escape(heading))
                .append("</h2>\n");
        if (note != null) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        if (svg != null) {
            html.append("<figure class=\"chart\" data-chart=\"")
                    .append(escape(id))
                    .append("\">")
                    .append(svg)
                    .append("</figure>\n");
        }
        if (table != null) {
            html.append(table(table));
        }
        sections.add(html.append("</section>\n").toString());
        return this;
    }

    /** {@return the page as one self-contained HTML document} */
    public String render() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:820px;"
                        + "color:#222}\n")
                .append(".headlines{display:flex;flex-wrap:wrap;gap:1em}\n")
                .append(".headline{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;"
                        + "min-width:10em}\n")
                .append(".headline .value{font-size:1.8em;font-weight:bold;color:#1f6fb2}\n")
                .append(".note,.headline .note,.headline .label{color:#666;font-size:.9em}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.9em}\n")
                .append("th,td{padding:.25em .7em;border-bottom:1px solid #eee;text-align:left}\n")
                .append("td.num{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("figure.chart{margin:1em 0}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<div class=\"headlines\">\n");
        headlines.forEach(headline -> html.append(headline).append('\n'));
        html.append("</div>\n");
        sections.forEach(html::append);
        return html.append("</body>\n</html>\n").toString();
    }

    private static String table(TextTable table) {
        StringBuilder html = new StringBuilder("<table>\n<tr>");
        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(
                    cell -> html.append(TextTable.isNumeric(cell) ? "<td class=\"num\">" : "<td>")
                            .append(escape(cell))
                            .append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
