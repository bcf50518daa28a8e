package dev.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.cli.output.TextTable;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

class HtmlReportTest {

    @Test
    void escapesTextAndWrapsChartsWithTheirNumbers() {
        TextTable table =
                new TextTable(List.of("touchpoint", "NPS")).row(List.of("<web & app>", "12.5"));
        String html = new HtmlReport("A <report>")
                .headline("NPS", "12.5", "n = 40")
                .section(Section.of("scorecard", "By touchpoint")
                        .note("a \"note\"")
                        .figure("scorecard-nps", "<svg></svg>", "bars & whiskers", table))
                .render();
        assertThat(html)
                .contains(
                        "<title>A &lt;report&gt;</title>",
                        "<section id=\"scorecard\">\n<h2>By touchpoint</h2>",
                        "<p class=\"note\">a &quot;note&quot;</p>",
                        "<figure class=\"chart\" data-chart=\"scorecard-nps\">\n<svg></svg>",
                        "<figcaption>bars &amp; whiskers</figcaption>",
                        "<details><summary>The numbers behind this chart</summary>",
                        "<td>&lt;web &amp; app&gt;</td><td class=\"num\">12.5</td>");
    }

    @Test
    void thePageNeedsNothingFromOutsideAndPrintsWithoutSplittingFigures() {
        String html = new HtmlReport("r").render();
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link");
        assertThat(html)
                .contains("name=\"viewport\"", "@media print", "break-inside:avoid", "size:A4");
    }

    @Test
    void theHeaderNamesSourcesDatesMethodAndVersion() {
        Provenance provenance = new Provenance(
                List.of(new Provenance.Source("cx-sample/responses.ndjson", "responses", 1200, 3)),
                Optional.of(LocalDate.parse("2025-01-01")),
                Optional.of(LocalDate.parse("2025-12-31")),
                Instant.parse("2026-12-02T05:30:00Z"),
                "0.1.0",
                "NPS adjusted Wald",
                0.9,
                30);
        String html = new HtmlReport("r").provenance(provenance).render();
        assertThat(html)
                .contains(
                        "cx-sample/responses.ndjson (responses): 1,200 records read, 3 rejected",
                        "2025-01-01 to 2025-12-31",
                        "NPS adjusted Wald, 90% confidence",
                        "fewer than 30 observations",
                        "2026-12-02 05:30 UTC by cxkit 0.1.0");
    }

    @Test
    void flagsSayTheirDirectionInWordsAndArrows() {
        String html = new HtmlReport("r")
                .section(Section.of("trend", "Trend")
                        .flags(
                                "Changes",
                                List.of(new Section.Flag(false, "2025-06: 12 points lower"))))
                .render();
        assertThat(html)
                .contains("<li class=\"down\"><span aria-hidden=\"true\">\u25bc</span> "
                        + "2025-06: 12 points lower</li>");
    }
}
