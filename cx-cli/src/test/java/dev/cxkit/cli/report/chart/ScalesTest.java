package dev.cxkit.cli.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.List;

class ScalesTest {

    @Test
    void niceDomainWidensToWholeStepsAndTicksUseTheSameStep() {
        LinearScale scale = LinearScale.nice(-33.4, 61.2, 5, 0, 600);
        assertThat(scale.domainMin()).isEqualTo(-40);
        assertThat(scale.domainMax()).isEqualTo(80);
        assertThat(scale.ticks(5)).containsExactly(-40.0, -20.0, 0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(scale.apply(-40)).isEqualTo(0);
        assertThat(scale.apply(80)).isEqualTo(600);
        assertThat(scale.apply(20)).isEqualTo(300);
    }

    @Test
    void ticksOfAShareAxisAreTenthsOrFifths() {
        LinearScale scale = new LinearScale(0, 1, 200, 0);
        assertThat(scale.ticks(5)).hasSize(6).first().isEqualTo(0.0);
        assertThat(scale.ticks(5).get(3)).isCloseTo(0.6, within(1e-12));
        assertThat(scale.apply(0.25)).as("a reversed range, as a y axis runs").isEqualTo(150);
    }

    @Test
    void aSingleValueGetsARangeAroundIt() {
        LinearScale scale = LinearScale.nice(5, 5, 4, 0, 100);
        assertThat(scale.domainMin()).isLessThan(5);
        assertThat(scale.domainMax()).isGreaterThan(5);
    }

    @Test
    void badDomainsAndCountsAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> new LinearScale(1, 1, 0, 10))
                .hasMessageContaining("min < max")
                .hasMessageContaining("[1.0, 1.0]");
        assertThatThrownBy(() -> LinearScale.nice(Double.NaN, 1, 5, 0, 10))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new LinearScale(0, 1, 0, 10).ticks(0))
                .hasMessageContaining("tick count must be >= 1, was 0");
    }

    @Test
    void bandsShareTheRangeWithPaddingBetweenThem() {
        BandScale bands = BandScale.of(List.of("a", "b", "c", "d"), 0, 100, 0.2);
        assertThat(bands.step()).isEqualTo(25);
        assertThat(bands.bandwidth()).isEqualTo(20);
        assertThat(bands.start(0)).isEqualTo(2.5);
        assertThat(bands.center(3)).isEqualTo(87.5);
        assertThatThrownBy(() -> bands.start(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new BandScale(0, 0, 1, 0)).hasMessageContaining("had 0");
    }

    @Test
    void categoryAxesLabelEveryKthCategoryWhenCrowded() {
        AxisSpec axis = AxisSpec.categories("month", List.of("1", "2", "3", "4", "5", "6", "7"), 3);
        assertThat(axis.ticks().orElseThrow())
                .extracting(Tick::label)
                .containsExactly("1", "4", "7");
        assertThat(axis.domain().orElseThrow()).isEqualTo(new Range(-0.5, 6.5));
    }

    @Test
    void coordinatesHaveAtMostTwoDecimalsAndTextIsEscaped() {
        assertThat(Svg.num(1.0)).isEqualTo("1");
        assertThat(Svg.num(-0.004)).isEqualTo("0");
        assertThat(Svg.num(1.2)).isEqualTo("1.2");
        assertThat(Svg.num(12.345)).isEqualTo("12.35");
        assertThat(Svg.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
        assertThatThrownBy(() -> Svg.num(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Svg("1st chart", 10, 10, "t"))
                .hasMessageContaining("'1st chart'");
    }

    @Test
    void theSequentialRampRunsFromNearWhiteToDarkBlue() {
        assertThat(Palette.sequential(0)).isEqualTo("#f7fbff");
        assertThat(Palette.sequential(1)).isEqualTo("#004a8c");
        assertThat(Palette.sequential(2)).isEqualTo(Palette.sequential(1));
    }
}
