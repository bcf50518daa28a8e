package dev.cxkit.cli.report;

import dev.cxkit.cli.output.TextTable;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-contained HTML page: a title, where its numbers come from ({@link Provenance}), headline
 * figures, then {@link Section sections}. No scripts, styles inline, nothing fetched: the page
 * can be mailed or archived as one file, read on a phone (charts scale to the width, wide tables
 * scroll inside their box) and printed on A4 (no figure or table row is split across pages).
 *
 * <p>Every chart sits in a {@code <figure class="chart" data-chart="ID">} with its numbers in a
 * table, every section in a {@code <section id="ID">}, so tests and scripts can find them. Not
 * thread-safe.
 */
public final class HtmlReport {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;\
            padding:1rem;max-width:880px;color:#222;line-height:1.45;background:#fff}
            h1{font-size:1.6rem;margin:.5rem 0}
            h2{font-size:1.25rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.2rem}
            h3{font-size:1rem;margin:1.2rem 0 .4rem}
            .provenance{font-size:.85rem;color:#444;border:1px solid #ddd;border-radius:6px;\
            padding:.5rem .8rem;margin:.5rem 0 1rem}
            .provenance dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .9rem;margin:0}
            .provenance dt{font-weight:600}.provenance dd{margin:0;overflow-wrap:anywhere}
            .headlines{display:grid;grid-template-columns:repeat(auto-fill,minmax(12.5rem,1fr));gap:.7rem}
            .headline{border:1px solid #ccc;border-radius:6px;padding:.5rem .8rem}
            .headline .label{color:#444;font-size:.85rem}
            .headline .value{font-size:1.6rem;font-weight:700;color:#0072B2;white-space:nowrap}
            .headline .note{color:#555;font-size:.8rem}
            p.note,figcaption{color:#444;font-size:.9rem}
            figure.chart{margin:1rem 0}
            svg.chart{display:block;width:100%;max-width:700px;height:auto;font-family:inherit}
            details summary{cursor:pointer;color:#0072B2;font-size:.85rem;margin:.3rem 0}
            .table-wrap{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.82rem}
            th,td{padding:.2rem .5rem;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top}
            th{background:#f4f6f8}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            ul.flags{padding-left:1.2rem}ul.flags li.up span{color:#009E73}ul.flags li.down span{color:#D55E00}
            @media (max-width:600px){body{padding:.6rem}h1{font-size:1.3rem}.headline .value{font-size:1.35rem}}
            @media print{@page{size:A4;margin:12mm}body{max-width:none;padding:0;font-size:10pt}
            section,figure,table,tr,.headline,.provenance,ul.flags{break-inside:avoid}
            h2,h3{break-after:avoid}details summary{display:none}.table-wrap{overflow:visible}}
            """;

    private final String title;
    private Optional<Provenance> provenance = Optional.empty();
    private final List<String> headlines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    /**
     * An empty report.
     *
     * @param title the page's title
     */
    public HtmlReport(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Where the numbers come from and how they were computed, shown under the title.
     *
     * @param provenance the sources, dates, methods and version the page states
     * @return this report
     */
    public HtmlReport provenance(Provenance provenance) {
        this.provenance = Optional.of(provenance);
        return this;
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
     * Adds a section, after those added before.
     *
     * @param section the section to add
     * @return this report
     */
    public HtmlReport section(Section section) {
        sections.add(Objects.requireNonNull(section, "section"));
        return this;
    }

    /**
     * The ids of the sections, in page order.
     *
     * @return the section ids, in page order
     */
    public List<String> sectionIds() {
        return sections.stream().map(Section::id).toList();
    }

    /**
     * The page.
     *
     * @return the page as one self-contained HTML document
     */
    public String render() {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        provenance.ifPresent(p -> html.append(provenanceHtml(p)));
        html.append("</header>\n<main>\n<div class=\"headlines\">\n");
        headlines.forEach(headline -> html.append(headline).append('\n'));
        html.append("</div>\n");
        sections.forEach(section -> html.append(section.html()));
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String provenanceHtml(Provenance p) {
        StringBuilder html = new StringBuilder("<div class=\"provenance\"><dl>\n");
        for (Provenance.Source source : p.sources()) {
            term(
                    html,
                    "Source",
                    source.file() + " (" + source.holds() + "): "
                            + String.format(
                                    Locale.ROOT,
                                    "%,d records read, %,d rejected",
                                    source.read(),
                                    source.rejected()));
        }
        if (p.firstDay().isPresent() && p.lastDay().isPresent()) {
            term(html, "Covers", p.firstDay().get() + " to " + p.lastDay().get());
        }
        term(
                html,
                "Intervals",
                p.intervalMethod() + ", " + String.format(Locale.ROOT, "%.0f%%", 100 * p.level())
                        + " confidence");
        term(
                html,
                "Small samples",
                "rates on fewer than " + p.minimumN()
                        + " observations are hatched or faded and marked with their n");
        term(html, "Generated", GENERATED.format(p.generatedAt()) + " by cxkit " + p.version());
        return html.append("</dl></div>\n").toString();
    }

    private static void term(StringBuilder html, String term, String definition) {
        html.append("<dt>")
                .append(escape(term))
                .append("</dt><dd>")
                .append(escape(definition))
                .append("</dd>\n");
    }

    /** A table in a box that scrolls sideways when the table is wider than the page. */
    static String table(TextTable table) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table>\n<thead><tr>");
        table.header()
                .forEach(cell ->
                        html.append("<th scope=\"col\">").append(escape(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(
                    cell -> html.append(TextTable.isNumeric(cell) ? "<td class=\"num\">" : "<td>")
                            .append(escape(cell))
                            .append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody></table></div>\n").toString();
    }

    /** Text escaped for HTML content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
