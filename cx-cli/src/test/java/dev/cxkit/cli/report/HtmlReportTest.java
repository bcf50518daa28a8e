package dev.cxkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.cli.output.TextTable;

import org.junit.jupiter.api.Test;

import java.util.List;

class HtmlReportTest {

    @Test
    void escapesTextAndWrapsChartsAndTables() {
        TextTable table =
                new TextTable(List.of("touchpoint", "NPS")).row(List.of("<web & app>", "12.5"));
        String html = new HtmlReport("A <report>")
                .headline("NPS", "12.5", "n = 40")
                .section("scorecard", "By touchpoint", "<svg></svg>", table, "a \"note\"")
                .render();
        assertThat(html)
                .contains(
                        "<title>A &lt;report&gt;</title>",
                        "<section id=\"scorecard\"><h2>By touchpoint</h2>",
                        "<p class=\"note\">a &quot;note&quot;</p>",
                        "<figure class=\"chart\" data-chart=\"scorecard\"><svg></svg></figure>",
                        "<td>&lt;web &amp; app&gt;</td><td class=\"num\">12.5</td>");
    }

    @Test
    void chartsRenderAsSvg() {
        String trend = Charts.trend(
                "NPS",
                "NPS",
                List.of(
                        new Charts.Estimate("2025-01", 10, 2, 18),
                        new Charts.Estimate("2025-02", 14, 6, 22)));
        String bars = Charts.bars(
                "Funnel", "customers", List.of(new Charts.Estimate("awareness", 100, 100, 100)));
        String quadrant = Charts.quadrant(
                "Drivers",
                "performance",
                "importance",
                List.of(new Charts.Point("trust", 0.4, 0.3)),
                0.5,
                0.25);
        for (String svg : List.of(trend, bars, quadrant)) {
            assertThat(svg).startsWith("<svg").endsWith("</svg>");
        }
        assertThat(bars).contains(">Funnel</text>");
    }
}
