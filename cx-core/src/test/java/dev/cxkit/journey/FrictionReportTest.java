package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Journey;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

class FrictionReportTest {

    private static final RepeatContact DAY = RepeatContact.within(Duration.ofHours(24));

    private static FrictionReport reportOf(List<Journey> journeys, RepeatContact repeat) {
        FrictionAccumulator accumulator = FrictionAccumulator.create(CATALOGUE, repeat);
        journeys.forEach(accumulator::add);
        return accumulator.snapshot();
    }

    private static List<String> order(List<FrictionReport.RankedTouchpoint> ranking) {
        return ranking.stream().map(ranked -> ranked.touchpoint().id()).toList();
    }

    @Test
    void countsEverySignalPerTouchpointByHand() {
        FrictionReport report = reportOf(SmallWorld.JOURNEYS, DAY);

        Map<FrictionSignal, Proportion> hotline = report.evidence("hotline");
        assertThat(hotline.get(FrictionSignal.LOW_SATISFACTION).count()).isEqualTo(1);
        assertThat(hotline.get(FrictionSignal.LOW_SATISFACTION).n()).isEqualTo(1);
        assertThat(hotline.get(FrictionSignal.DETRACTION).value()).isEqualTo(1.0);
        assertThat(hotline.get(FrictionSignal.HIGH_EFFORT).value()).isEqualTo(1.0);
        // 5 hotline contacts: a's first abandoned and repeated 2h later; c's 30h apart is no repeat
        assertThat(hotline.get(FrictionSignal.ABANDONMENT))
                .isEqualTo(new Proportion("abandonment", 1, 5));
        assertThat(hotline.get(FrictionSignal.REPEAT_CONTACT))
                .isEqualTo(new Proportion("repeat contact", 1, 5));
        assertThat(hotline.get(FrictionSignal.ESCALATION))
                .isEqualTo(new Proportion("escalation", 0, 5));
        assertThat(report.evidence("chat").get(FrictionSignal.ESCALATION).value())
                .isEqualTo(1.0);
        assertThat(report.evidence("ad").get(FrictionSignal.ABANDONMENT).isEmpty())
                .isTrue();
        assertThat(report.baseRate(FrictionSignal.ABANDONMENT))
                .isEqualTo(new Proportion("abandonment", 1, 7));
        assertThat(report.baseRate(FrictionSignal.LOW_SATISFACTION))
                .isEqualTo(new Proportion("low satisfaction", 1, 2));
    }

    @Test
    void ranksByWeightedExcessOverTheBaseRate() {
        FrictionReport report = reportOf(SmallWorld.JOURNEYS, DAY);

        List<FrictionReport.RankedTouchpoint> ranking =
                report.ranking(FrictionRule.defaults().withMinN(1));

        // hotline: 3 survey signals at 1 - 1/2, abandonment and repeat at 1/5 - 1/7 each
        assertThat(ranking.get(0).score()).isCloseTo(1.5 + 4.0 / 35, within(1e-12));
        // chat: escalation 1 - 1/7; its CES 6 is below the base high-effort share
        assertThat(ranking.get(1).score()).isCloseTo(6.0 / 7, within(1e-12));
        // ties at 0 keep the catalogue order
        assertThat(order(ranking)).containsExactly("hotline", "chat", "ad", "shop");
        assertThat(ranking.get(0).signals())
                .hasSize(FrictionSignal.values().length)
                .allMatch(FrictionReport.SignalScore::counted);
        assertThat(ranking.get(2).signals()).noneMatch(FrictionReport.SignalScore::counted);
    }

    @Test
    void signalsBelowTheMinimumNAndZeroWeightsAreIgnored() {
        FrictionReport report = reportOf(SmallWorld.JOURNEYS, DAY);

        List<FrictionReport.RankedTouchpoint> minTwo =
                report.ranking(FrictionRule.defaults().withMinN(2));
        assertThat(minTwo.get(0).score()).isCloseTo(4.0 / 35, within(1e-12));
        assertThat(order(minTwo)).containsExactly("hotline", "ad", "shop", "chat");

        FrictionRule escalationOnly = new FrictionRule(Map.of(FrictionSignal.ESCALATION, 2.0), 1);
        assertThat(order(report.ranking(escalationOnly)).get(0)).isEqualTo("chat");
        assertThat(report.ranking(escalationOnly).get(0).score())
                .isCloseTo(12.0 / 7, within(1e-12));
    }

    @Test
    void stageScopeCountsRepeatsAcrossTouchpointsOfAStage() {
        RepeatContact stage = new RepeatContact(Duration.ofHours(100), RepeatContact.Scope.STAGE);

        FrictionReport report = reportOf(SmallWorld.JOURNEYS, stage);

        // a: hotline 0h -> 2h -> chat 100h (98h later, same stage); c: 0h -> 30h
        assertThat(report.evidence("hotline").get(FrictionSignal.REPEAT_CONTACT).count())
                .isEqualTo(3);
    }

    @Test
    void mergingPartsEqualsTheWholeAndEmptySaysSo() {
        FrictionAccumulator left =
                FrictionAccumulator.create(CATALOGUE, DAY).add(SmallWorld.JOURNEYS.get(0));
        FrictionAccumulator right = FrictionAccumulator.create(CATALOGUE, DAY)
                .add(SmallWorld.JOURNEYS.get(1))
                .add(SmallWorld.JOURNEYS.get(2));

        assertThat(left.merge(right).snapshot()).isEqualTo(reportOf(SmallWorld.JOURNEYS, DAY));
        FrictionReport empty = reportOf(List.of(), DAY);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.ranking()).allMatch(ranked -> ranked.score() == 0);
        assertThatThrownBy(() -> empty.baseRate(FrictionSignal.ESCALATION).value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("escalation");
    }

    @Test
    void rejectsBadInput() {
        FrictionAccumulator accumulator = FrictionAccumulator.create(CATALOGUE, DAY);
        Journey unknown = new Journey("a", List.of(at("a", "kiosk", 1)), List.of());

        assertThatThrownBy(() -> accumulator.add(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kiosk'");
        assertThatThrownBy(() -> accumulator.merge(FrictionAccumulator.create(
                        CATALOGUE, RepeatContact.within(Duration.ofHours(1)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RepeatContact.within(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> FrictionRule.defaults().withMinN(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minN");
        assertThatThrownBy(() -> FrictionRule.defaults().withWeight(FrictionSignal.ESCALATION, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ESCALATION");
        assertThatThrownBy(() -> accumulator.snapshot().evidence("kiosk"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
