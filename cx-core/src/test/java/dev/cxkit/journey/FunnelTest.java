package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.POST;
import static dev.cxkit.journey.Fixtures.PRE;
import static dev.cxkit.journey.Fixtures.PURCHASE;
import static dev.cxkit.journey.Fixtures.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.Lists;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Stage;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class FunnelTest {

    /**
     * a: ad 1h, shop 5h, chat 8h, hotline 10h; b: ad 2h; c: shop 3h, ad 4h, hotline 20h (it
     * reached purchase before pre-purchase); d: hotline 2h (entered at the end).
     */
    private static final List<Interaction> EVENTS = List.of(
            at("a", "hotline", 10),
            at("c", "shop", 3),
            at("a", "ad", 1),
            at("b", "ad", 2),
            at("c", "hotline", 20),
            at("a", "shop", 5),
            at("d", "hotline", 2),
            at("c", "ad", 4),
            at("a", "chat", 8));

    private static Funnel funnelOf(List<Interaction> events) {
        FunnelAccumulator accumulator = FunnelAccumulator.create(CATALOGUE);
        events.forEach(accumulator::add);
        return accumulator.snapshot();
    }

    @Test
    void countsReachConversionAndTimeBetweenStagesByHand() {
        Funnel funnel = funnelOf(EVENTS);

        assertThat(funnel.customers()).isEqualTo(4);
        assertThat(List.of(funnel.reached(PRE), funnel.reached(PURCHASE), funnel.reached(POST)))
                .containsExactly(3L, 2L, 3L);
        assertThat(List.of(
                        funnel.reachedAtOrBeyond(PRE),
                        funnel.reachedAtOrBeyond(PURCHASE),
                        funnel.reachedAtOrBeyond(POST)))
                .containsExactly(4L, 3L, 3L);

        Funnel.Step first = funnel.step(PRE);
        assertThat(first.conversion()).isEqualTo(new Proportion("conversion", 1, 3));
        assertThat(first.dropOff()).isEqualTo(new Proportion("drop-off", 2, 3));
        // Wilson 95% for 1/3 and 2/3, from the closed form evaluated in Python
        assertThat(first.conversion().interval(0.95).lower())
                .isCloseTo(0.06149194472039621, within(1e-12));
        assertThat(first.conversion().interval(0.95).upper())
                .isCloseTo(0.7923403991979522, within(1e-12));
        assertThat(first.dropOff().interval(0.95).lower())
                .isCloseTo(0.2076596008020477, within(1e-12));
        assertThat(first.timeBetween().n()).isEqualTo(1);
        assertThat(first.timeBetween().median()).isEqualTo(Duration.ofHours(4));

        Funnel.Step second = funnel.step(PURCHASE);
        assertThat(second.conversion()).isEqualTo(new Proportion("conversion", 2, 2));
        // numpy.percentile([3, 17], [25, 50, 90]) = [6.5, 10, 15.6] hours
        assertThat(second.timeBetween().percentile(25)).isEqualTo(Duration.ofMinutes(390));
        assertThat(second.timeBetween().median()).isEqualTo(Duration.ofHours(10));
        assertThat(second.timeBetween().percentile(90)).isEqualTo(Duration.ofMinutes(936));
        assertThat(funnel.steps()).containsExactly(first, second);
    }

    @Test
    void arrivalOrderDoesNotMatterAndJourneysAddTheSame() {
        FunnelAccumulator byJourney = FunnelAccumulator.create(CATALOGUE);
        JourneyAssembler.create().assemble(EVENTS, List.of()).journeys().forEach(byJourney::add);

        assertThat(byJourney.snapshot())
                .isEqualTo(funnelOf(EVENTS))
                .isEqualTo(funnelOf(Lists.reverse(EVENTS)));
    }

    @Test
    void mergingPartsEqualsTheWhole() {
        FunnelAccumulator left = FunnelAccumulator.create(CATALOGUE);
        FunnelAccumulator right = FunnelAccumulator.create(CATALOGUE);
        for (int i = 0; i < EVENTS.size(); i++) {
            (i % 2 == 0 ? left : right).add(EVENTS.get(i));
        }

        assertThat(left.merge(right).snapshot()).isEqualTo(funnelOf(EVENTS));
    }

    @Test
    void emptyFunnelSaysSoAndItsRatesThrow() {
        Funnel funnel = funnelOf(List.of());

        assertThat(funnel.isEmpty()).isTrue();
        assertThat(funnel.reached(PRE)).isZero();
        assertThatThrownBy(() -> funnel.step(PRE).conversion().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("conversion");
        assertThatThrownBy(() -> funnel.step(PRE).timeBetween().median())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pre-purchase");
    }

    @Test
    void rejectsUnknownTouchpointsAndForeignStages() {
        FunnelAccumulator accumulator = FunnelAccumulator.create(CATALOGUE);

        assertThatThrownBy(() -> accumulator.add(at("a", "kiosk", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kiosk'");
        Journey withUnknown =
                new Journey("a", List.of(at("a", "ad", 1), at("a", "kiosk", 2)), List.of());
        assertThatThrownBy(() -> accumulator.add(withUnknown))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accumulator.snapshot().isEmpty()).isTrue();
        assertThatThrownBy(() -> accumulator.snapshot().step(POST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last");
        assertThatThrownBy(() -> accumulator.snapshot().reached(Stage.of("use")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'use'");
    }
}
