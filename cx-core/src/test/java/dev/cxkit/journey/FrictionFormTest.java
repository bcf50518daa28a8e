package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.POST;
import static dev.cxkit.journey.FrictionSignal.ABANDONMENT;
import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Channel;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The binary form of friction evidence: what it keeps, what it refuses, and its count limits. */
class FrictionFormTest {

    private static final int BODY = JourneyForms.bodyOffset(CATALOGUE);
    /** Interactions, abandoned, escalated, repeated and 28 score counts per touchpoint. */
    private static final int TOUCHPOINT_BYTES = 32 * Long.BYTES;
    /** The hotline's counts: the third touchpoint of the catalogue. */
    private static final int HOTLINE = BODY + 2 * TOUCHPOINT_BYTES;

    private static FrictionAccumulator smallWorld(RepeatContact rule) {
        FrictionAccumulator accumulator = FrictionAccumulator.create(CATALOGUE, rule);
        SmallWorld.JOURNEYS.forEach(accumulator::add);
        return accumulator;
    }

    @Test
    void decodedStateMergesAsTheLiveOne() {
        FrictionAccumulator live = smallWorld(JourneyForms.DAY);
        FrictionAccumulator decoded =
                FrictionAccumulator.fromByteArray(CATALOGUE, live.toByteArray());
        assertThat(decoded.snapshot()).isEqualTo(live.snapshot());
        assertThat(decoded.toByteArray()).isEqualTo(live.toByteArray());
        FrictionAccumulator more = smallWorld(JourneyForms.DAY);
        assertThat(decoded.merge(more).snapshot()).isEqualTo(live.merge(more).snapshot());
        assertThat(FrictionAccumulator.create(CATALOGUE, JourneyForms.DAY).toByteArray())
                .hasSize(BODY + 4 * TOUCHPOINT_BYTES);
    }

    @Test
    void theRepeatRuleTravelsWithTheBytes() {
        RepeatContact stage =
                new RepeatContact(Duration.ofSeconds(90, 5), RepeatContact.Scope.STAGE);
        FrictionAccumulator decoded =
                FrictionAccumulator.fromByteArray(CATALOGUE, smallWorld(stage).toByteArray());
        assertThat(decoded.snapshot()).isEqualTo(smallWorld(stage).snapshot());
        decoded.merge(FrictionAccumulator.create(CATALOGUE, stage));
        assertThatThrownBy(() -> decoded.merge(smallWorld(JourneyForms.DAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merged friction evidence must share catalogue");
    }

    @Test
    void bytesOverOtherTouchpointsAreRefused() {
        byte[] bytes = smallWorld(JourneyForms.DAY).toByteArray();
        TouchpointCatalogue fewer = TouchpointCatalogue.of(
                StageModel.DEFAULT, CATALOGUE.touchpoints().subList(0, 3));
        assertThatThrownBy(() -> FrictionAccumulator.fromByteArray(fewer, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "FrictionAccumulator bytes are over 4 touchpoints, the catalogue has 3");
        List<Touchpoint> moved = CATALOGUE.touchpoints().stream()
                .map(touchpoint -> touchpoint.id().equals("chat")
                        ? Touchpoint.of("chat", Channel.EMAIL, POST)
                        : touchpoint)
                .toList();
        assertThatThrownBy(() -> FrictionAccumulator.fromByteArray(
                        TouchpointCatalogue.of(StageModel.DEFAULT, moved), bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FrictionAccumulator bytes name touchpoint 'chat' (channel 'chat',"
                        + " stage 'post-purchase') where the catalogue has 'chat' (channel"
                        + " 'email', stage 'post-purchase')");
    }

    @Test
    void malformedFieldsAreRefusedByName() {
        byte[] good = smallWorld(JourneyForms.DAY).toByteArray();
        assertRefused(
                withLong(good, 5, 0),
                "FrictionAccumulator repeat-contact window must be > 0, was PT0S");
        byte[] scope = good.clone();
        scope[4 + 1 + 8 + 4] = 2;
        assertRefused(scope, "FrictionAccumulator repeat-contact scope must be in 0..1, was 2");
        assertRefused(
                withInt(good, 5 + 8, 1_000_000_000),
                "repeat-contact window nanoseconds must be in 0..999999999, was 1000000000");
        assertRefused(
                withLong(good, HOTLINE + 8, -1),
                "FrictionAccumulator abandoned at 'hotline' must be >= 0, was -1");
        assertRefused(
                withLong(good, HOTLINE + 16, 5),
                "FrictionAccumulator abandoned and escalated interactions at 'hotline' must"
                        + " together be at most its 5 interactions, and repeated ones too, were"
                        + " 1, 5 and 1");
        assertRefused(
                withLong(good, HOTLINE + 24, 6),
                "must together be at most its 5 interactions, and repeated ones too");
        assertRefused(
                withLong(good, HOTLINE + 32, -2),
                "FrictionAccumulator csat count of score 1 at 'hotline' must be >= 0, was -2");
        byte[] huge = withLong(good, HOTLINE + 32, Long.MAX_VALUE);
        assertRefused(
                withLong(huge, HOTLINE + 40, 1),
                "FrictionAccumulator csat responses at 'hotline': ScoreHistogram counts must sum"
                        + " to at most " + Long.MAX_VALUE + " responses");
        assertRefused(
                huge,
                "FrictionAccumulator bytes: CSAT responses must be at most " + Long.MAX_VALUE);
        assertRefused(Arrays.copyOf(good, good.length + 1), "long, were");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "FrictionAccumulator ");
        }
    }

    @Test
    void mergedCountsBeyondALongAreRefusedAndLeaveTheAccumulatorUnchanged() {
        byte[] good = smallWorld(JourneyForms.DAY).toByteArray();
        long total =
                smallWorld(JourneyForms.DAY).snapshot().baseRate(ABANDONMENT).n();
        long hotline = ByteBuffer.wrap(good).getLong(HOTLINE);
        long limit = Long.MAX_VALUE - total - (total - hotline);
        FrictionAccumulator atLimit =
                FrictionAccumulator.fromByteArray(CATALOGUE, withLong(good, HOTLINE, limit));
        FrictionAccumulator live = smallWorld(JourneyForms.DAY);
        assertThat(atLimit.merge(live).snapshot().baseRate(ABANDONMENT).n())
                .as("at the limit")
                .isEqualTo(Long.MAX_VALUE);
        byte[] before = live.toByteArray();
        FrictionAccumulator beyond =
                FrictionAccumulator.fromByteArray(CATALOGUE, withLong(good, HOTLINE, limit + 1));
        assertThatThrownBy(() -> live.merge(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interactions must be at most " + Long.MAX_VALUE + " when merged, were "
                        + total + " + " + (Long.MAX_VALUE - total + 1));
        assertThat(live.toByteArray()).as("unchanged").isEqualTo(before);
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> FrictionAccumulator.fromByteArray(CATALOGUE, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
