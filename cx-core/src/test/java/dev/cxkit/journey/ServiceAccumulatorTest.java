package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Journey;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class ServiceAccumulatorTest {

    private static final RepeatContact DAY = RepeatContact.within(Duration.ofHours(24));

    private static ServiceAccumulator serviceOf(List<Journey> journeys) {
        ServiceAccumulator accumulator = ServiceAccumulator.create(CATALOGUE, DAY);
        journeys.forEach(accumulator::add);
        return accumulator;
    }

    @Test
    void measuresResolutionFirstContactResolutionAndTimesByHand() {
        ServiceLevel hotline = serviceOf(SmallWorld.JOURNEYS).byTouchpoint().get("hotline");

        assertThat(hotline.resolution()).isEqualTo(new Proportion("resolution", 4, 5));
        // first contacts: a 0h (unresolved), b 10h, c 0h, c 30h (more than 24h after c 0h)
        assertThat(hotline.firstContactResolution())
                .isEqualTo(new Proportion("first-contact resolution", 3, 4));
        // numpy.percentile([30, 60, 120], [50, 90]) = [60, 108] seconds
        assertThat(hotline.waitTime().n()).isEqualTo(3);
        assertThat(hotline.waitTime().median()).isEqualTo(Duration.ofSeconds(60));
        assertThat(hotline.waitTime().percentile(90)).isEqualTo(Duration.ofSeconds(108));
        assertThat(hotline.handlingTime().percentile(100)).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void groupsByChannel() {
        ServiceAccumulator service = serviceOf(SmallWorld.JOURNEYS);

        assertThat(service.byChannel())
                .containsOnlyKeys(Channel.ADVERTISING, Channel.WEB, Channel.PHONE, Channel.CHAT);
        assertThat(service.byChannel().get(Channel.PHONE))
                .isEqualTo(service.byTouchpoint().get("hotline"));
        assertThat(service.byChannel().get(Channel.CHAT).firstContactResolution())
                .isEqualTo(new Proportion("first-contact resolution", 0, 1));
        assertThat(service.byChannel().get(Channel.ADVERTISING).resolution().isEmpty())
                .isTrue();
    }

    @Test
    void aResolvedContactFollowedByARepeatIsNoFirstContactResolution() {
        Journey journey =
                new Journey("a", List.of(at("a", "hotline", 0), at("a", "hotline", 5)), List.of());

        ServiceLevel hotline = serviceOf(List.of(journey)).byTouchpoint().get("hotline");

        assertThat(hotline.firstContactResolution())
                .isEqualTo(new Proportion("first-contact resolution", 0, 1));
        assertThat(hotline.resolution().value()).isEqualTo(1.0);
    }

    @Test
    void mergingPartsEqualsTheWhole() {
        ServiceAccumulator left = serviceOf(SmallWorld.JOURNEYS.subList(0, 1));
        ServiceAccumulator right = serviceOf(SmallWorld.JOURNEYS.subList(1, 3));
        ServiceAccumulator whole = serviceOf(SmallWorld.JOURNEYS);

        left.merge(right);

        assertThat(left.byTouchpoint()).isEqualTo(whole.byTouchpoint());
        assertThat(left.byChannel()).isEqualTo(whole.byChannel());
    }

    @Test
    void emptyMeasuresSayWhy() {
        ServiceLevel hotline = serviceOf(List.of()).byTouchpoint().get("hotline");

        assertThatThrownBy(() -> hotline.resolution().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resolution");
        assertThatThrownBy(() -> hotline.waitTime().median())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wait time");
        assertThatThrownBy(() -> serviceOf(
                        List.of(new Journey("a", List.of(at("a", "kiosk", 0)), List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kiosk'");
    }
}
