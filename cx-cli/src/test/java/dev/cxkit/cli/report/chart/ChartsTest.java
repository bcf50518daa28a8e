package dev.cxkit.cli.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.List;
import java.util.Optional;

class ChartsTest {

    private static final BarChart NPS_BARS =
            new BarChart("nps-bars", "NPS <by> touchpoint", "NPS (points)", v -> "" + v, true);

    @Test
    void barsAreOnePerRowWithWhiskersWhereThereIsAnInterval() {
        String svg = NPS_BARS.render(List.of(
                new BarChart.Bar("web & app", 42, Optional.of(new Range(30, 54)), "n = 210", false),
                new BarChart.Bar("store", 10, Optional.of(new Range(-5, 25)), "n = 80", false),
                new BarChart.Bar("chatbot", 12, Optional.empty(), "n = 3", true)));
        SvgDocument doc = new SvgDocument(svg);
        assertThat(doc.count("g", "bar-row")).isEqualTo(3);
        assertThat(doc.count("rect", "bar")).isEqualTo(3);
        assertThat(doc.count("path", "whisker")).isEqualTo(2);
        assertThat(doc.root().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("NPS <by> touchpoint");
        assertThat(doc.root().getAttribute("aria-labelledby")).isEqualTo("nps-bars-title");
    }

    @Test
    void aSmallSampleIsHatchedNotSolidAndNamesItsN() {
        String svg = NPS_BARS.render(List.of(
                new BarChart.Bar("phone", 40, Optional.of(new Range(30, 50)), "n = 300", false),
                new BarChart.Bar("chatbot", -33, Optional.of(new Range(-80, 20)), "n = 6", true)));
        SvgDocument doc = new SvgDocument(svg);
        Element small = doc.first("rect", "small");
        assertThat(small.getAttribute("fill")).isEqualTo("url(#nps-bars-hatch)");
        assertThat(doc.count("rect", "small")).isEqualTo(1);
        assertThat(svg).contains("<pattern id=\"nps-bars-hatch\"", ">n = 6</text>");
    }

    @Test
    void barsBelowZeroLieLeftOfTheZeroLineAndTakeTheSecondColour() {
        String svg = NPS_BARS.render(List.of(
                new BarChart.Bar("raises", 0.3, Optional.empty(), "", false),
                new BarChart.Bar("lowers", -0.2, Optional.empty(), "", false)));
        SvgDocument doc = new SvgDocument(svg);
        NodeList bars = doc.all("rect", "bar");
        double zero = Double.parseDouble(doc.first("line", "zero").getAttribute("x1"));
        Element raises = (Element) bars.item(0);
        Element lowers = (Element) bars.item(1);
        assertThat(Double.parseDouble(raises.getAttribute("x"))).isEqualTo(zero);
        assertThat(Double.parseDouble(lowers.getAttribute("x"))
                        + Double.parseDouble(lowers.getAttribute("width")))
                .isCloseTo(zero, within(0.02));
        assertThat(raises.getAttribute("fill")).isEqualTo(Palette.BLUE);
        assertThat(lowers.getAttribute("fill")).isEqualTo(Palette.VERMILLION);
    }

    @Test
    void everyBarAndNoteFitsTheViewBox() {
        String svg = NPS_BARS.render(List.of(new BarChart.Bar(
                "a very long touchpoint name that goes on and on",
                100,
                Optional.of(new Range(90, 100)),
                "n = 1,234 \u25b2 p = 0.001",
                false)));
        SvgDocument doc = new SvgDocument(svg);
        Element bar = doc.first("rect", "bar");
        assertThat(Double.parseDouble(bar.getAttribute("x"))
                        + Double.parseDouble(bar.getAttribute("width")))
                .isLessThan(BarChart.WIDTH);
        assertThat(svg).contains("a very long touchpoint\u2026</text>");
    }

    @Test
    void linesCarryBandsMarkersNotesAndCensoringTicks() {
        LineChart chart = new LineChart(
                "km",
                "Survival by plan",
                AxisSpec.fitted("months", v -> "" + v),
                AxisSpec.fixed("share surviving", new Range(0, 1), v -> "" + v));
        LineChart.Series basic = new LineChart.Series(
                "basic",
                List.of(
                        new LineChart.Point(0, 1, Optional.of(new Range(1, 1)), false, ""),
                        new LineChart.Point(2, 0.8, Optional.of(new Range(0.7, 0.9)), false, ""),
                        new LineChart.Point(
                                5, 0.6, Optional.of(new Range(0.45, 0.75)), true, "n = 4")),
                true,
                false,
                List.of(3.0, 4.5));
        LineChart.Series pro = new LineChart.Series(
                "pro",
                List.of(LineChart.Point.of(0, 1), LineChart.Point.of(6, 0.9)),
                true,
                false,
                List.of());
        SvgDocument doc = new SvgDocument(chart.render(List.of(basic, pro)));
        assertThat(doc.count("g", "series")).isEqualTo(2);
        assertThat(doc.count("path", "band")).isEqualTo(1);
        assertThat(doc.first("path", "band").getAttribute("d")).endsWith("Z");
        assertThat(doc.count("path", "censor")).isEqualTo(2);
        assertThat(doc.count("*", "small")).as("only the small point is marked").isEqualTo(1);
        assertThat(doc.first("circle", "small").getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(doc.count("line", "legend-marker")
                        + doc.count("circle", "legend-marker")
                        + doc.count("rect", "legend-marker"))
                .isEqualTo(2);
        assertThat(doc.first("path", "line").getAttribute("d")).contains("H").contains("V");
    }

    @Test
    void aStepLineStaysAtItsLevelUntilTheNextTime() {
        LineChart chart = new LineChart(
                "step",
                "s",
                AxisSpec.fixed("t", new Range(0, 10), v -> "" + v),
                AxisSpec.fixed("S", new Range(0, 1), v -> "" + v));
        LineChart.Series series = new LineChart.Series(
                "s",
                List.of(LineChart.Point.of(0, 1), LineChart.Point.of(5, 0.5)),
                true,
                false,
                List.of(7.0));
        SvgDocument doc = new SvgDocument(chart.render(List.of(series)));
        String d = doc.first("path", "line").getAttribute("d");
        assertThat(d).matches("M52 \\d+(\\.\\d+)?H\\d+(\\.\\d+)?V\\d+(\\.\\d+)?");
        String censor = doc.first("path", "censor").getAttribute("d");
        String level = d.substring(d.lastIndexOf('V') + 1);
        double y = Double.parseDouble(level);
        assertThat(censor).as("the tick at t = 7 sits on S = 0.5").endsWith("V" + Svg.num(y + 4));
    }

    @Test
    void pointsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new LineChart.Series(
                        "trend",
                        List.of(LineChart.Point.of(2, 1), LineChart.Point.of(1, 1)),
                        false,
                        true,
                        List.of()))
                .hasMessageContaining("'trend'")
                .hasMessageContaining("ascending x");
    }

    @Test
    void heatMapCellsPrintTheirValuesAndLeaveMissingOnesOut() {
        HeatMap map = new HeatMap(
                "cohorts", "Retention", "months since acquisition", v -> Math.round(v * 100) + "%");
        String svg = map.render(
                List.of("0", "1", "2"),
                List.of(
                        new HeatMap.Row(
                                "2025-01 (n = 80)",
                                List.of(Optional.of(1.0), Optional.of(0.9), Optional.of(0.7))),
                        new HeatMap.Row(
                                "2025-02 (n = 60)",
                                List.of(Optional.of(1.0), Optional.of(0.8), Optional.empty()))));
        SvgDocument doc = new SvgDocument(svg);
        assertThat(doc.count("g", "heat-row")).isEqualTo(2);
        assertThat(doc.count("rect", "cell")).isEqualTo(5);
        assertThat(svg).contains(">70%</text>", "fill=\"#ffffff\">100%</text>");
    }

    @Test
    void quadrantsHaveReferenceLinesNamedCornersAndOneMarkPerPoint() {
        ScatterChart chart = new ScatterChart(
                "drivers",
                "Drivers",
                AxisSpec.fitted("performance", v -> "" + v),
                AxisSpec.fitted("signed importance", v -> "" + v),
                List.of("raises", "lowers"));
        String svg = chart.render(
                List.of(
                        new ScatterChart.Point("speed", 0.7, 0.3, 0),
                        new ScatterChart.Point("wait", 0.4, -0.2, 1)),
                new ScatterChart.Quadrants(0.5, 0, "fix first", "keep up", "overkill", "low"));
        SvgDocument doc = new SvgDocument(svg);
        assertThat(doc.count("g", "scatter-point")).isEqualTo(2);
        assertThat(doc.count("line", "reference")).isEqualTo(2);
        assertThat(doc.count("text", "quadrant")).isEqualTo(4);
        assertThat(doc.first("g", "scatter-point")
                        .getElementsByTagName("circle")
                        .getLength())
                .isEqualTo(1);
    }
}
