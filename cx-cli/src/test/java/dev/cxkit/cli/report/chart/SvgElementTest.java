package dev.cxkit.cli.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The element helper the charts write their lines and texts with. */
class SvgElementTest {

    private static String body(Svg svg) {
        String all = svg.finish();
        return all.substring(all.indexOf("</title>\n") + 9, all.lastIndexOf("</svg>"));
    }

    @Test
    void aLineHasItsAttributesInTheOrderSetAndCoordinatesAsNumbers() {
        Svg svg = new Svg("t", 100, 50, "test");
        SvgElement.of("line")
                .cls("zero")
                .span(10, 10.5, 0.125, 40)
                .stroke("#333333")
                .attr("stroke-dasharray", "4 3")
                .write(svg);
        assertThat(body(svg))
                .isEqualTo("<line class=\"zero\" x1=\"10\" x2=\"10.5\" y1=\"0.13\" y2=\"40\" "
                        + "stroke=\"#333333\" stroke-dasharray=\"4 3\"/>\n");
    }

    @Test
    void aTextIsEscapedAndPlacedAsSet() {
        Svg svg = new Svg("t", 100, 50, "test");
        SvgElement.of("text")
                .at(5, 12.25)
                .anchor("end")
                .font(11)
                .fill("#333333")
                .cls("note")
                .write(svg, "n < 30 & \"small\"");
        assertThat(body(svg))
                .isEqualTo("<text x=\"5\" y=\"12.25\" text-anchor=\"end\" font-size=\"11\" "
                        + "fill=\"#333333\" class=\"note\">n &lt; 30 &amp; &quot;small&quot;"
                        + "</text>\n");
    }

    @Test
    void aCoordinateThatIsNotFiniteIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SvgElement.of("text").at(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
