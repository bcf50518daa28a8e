package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.PRE;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The small value types of the journey package: catalogue, rate, duration sample, health. */
class ValueTypesTest {

    @Test
    void catalogueFindsTouchpointsAndRejectsBadOnes() {
        assertThat(CATALOGUE.size()).isEqualTo(4);
        assertThat(CATALOGUE.find("shop").map(Touchpoint::channel)).contains(Channel.WEB);
        assertThat(CATALOGUE.find("kiosk")).isEmpty();
        assertThat(CATALOGUE.require("ad", "id").stage()).isEqualTo(PRE);

        Touchpoint ad = Touchpoint.of("ad", Channel.ADVERTISING, PRE);
        assertThatThrownBy(() -> TouchpointCatalogue.of(StageModel.DEFAULT, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TouchpointCatalogue.of(StageModel.DEFAULT, List.of(ad, ad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ad' appears twice");
        assertThatThrownBy(() -> TouchpointCatalogue.of(
                        StageModel.DEFAULT,
                        List.of(Touchpoint.of("app", Channel.APP, Stage.of("use")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'use'");
        assertThatThrownBy(() -> CATALOGUE.require("kiosk", "touchpointId"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("touchpointId")
                .hasMessageContaining("'kiosk'");
    }

    @Test
    void stageModelsWithACycleAreRejectedBeforeAnyJourneyIsRead() {
        assertThatThrownBy(() -> StageModel.of("purchase", "use", "purchase"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void rateValuesIntervalsAndBadCounts() {
        Proportion rate = new Proportion("abandonment", 3, 12);

        assertThat(rate.value()).isEqualTo(0.25);
        assertThat(rate.complement("completion")).isEqualTo(new Proportion("completion", 9, 12));
        assertThat(rate.interval(0.95).method()).isEqualTo("wilson");
        assertThatThrownBy(() -> new Proportion("abandonment", 13, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..12");
        assertThatThrownBy(() -> new Proportion("abandonment", 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be >= 0");
        assertThatThrownBy(() -> new Proportion(" ", 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proportion("escalation", 0, 0).interval(0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("escalation");
    }

    @Test
    void durationSamplePercentilesAndBadInput() {
        DurationSample sample = DurationSample.of(
                "wait time",
                Duration.ofSeconds(40),
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofSeconds(30));

        // numpy.percentile([10, 20, 30, 40], [10, 50, 100]) = [13, 25, 40]
        assertThat(sample.percentile(10)).isEqualTo(Duration.ofSeconds(13));
        assertThat(sample.median()).isEqualTo(Duration.ofSeconds(25));
        assertThat(sample.percentile(100)).isEqualTo(Duration.ofSeconds(40));
        assertThat(sample)
                .isEqualTo(DurationSample.of(
                        "wait time",
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(40)));
        assertThatThrownBy(() -> sample.percentile(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> DurationSample.of("wait time", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 0");
    }

    @Test
    void healthRejectsAScoreOffTheScale() {
        assertThatThrownBy(() -> new Health("a", 100.5, RiskBand.HEALTHY, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..100");
    }
}
