package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.at;
import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Journey;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The binary form of service measures: what it keeps, how it grows, what it refuses, and its
 * count limits.
 */
class ServiceFormTest {

    private static final int BODY = JourneyForms.bodyOffset(CATALOGUE);
    /** Four counts and two duration counts: the size of a touchpoint without durations. */
    private static final int EMPTY_TOUCHPOINT = 4 * Long.BYTES + 2 * Integer.BYTES;

    private static ServiceAccumulator smallWorld() {
        ServiceAccumulator accumulator = ServiceAccumulator.create(CATALOGUE, JourneyForms.DAY);
        SmallWorld.JOURNEYS.forEach(accumulator::add);
        return accumulator;
    }

    /** Where the hotline's counts start: after ad and shop, which have no measured durations. */
    private static int hotline() {
        return BODY + 2 * EMPTY_TOUCHPOINT;
    }

    @Test
    void decodedStateMergesAsTheLiveOne() {
        ServiceAccumulator live = smallWorld();
        ServiceAccumulator decoded =
                ServiceAccumulator.fromByteArray(CATALOGUE, live.toByteArray());
        assertThat(decoded.byTouchpoint()).isEqualTo(live.byTouchpoint());
        assertThat(decoded.byChannel()).isEqualTo(live.byChannel());
        assertThat(decoded.toByteArray()).isEqualTo(live.toByteArray());
        decoded.merge(smallWorld());
        live.merge(smallWorld());
        assertThat(decoded.byChannel()).isEqualTo(live.byChannel());
        assertThat(decoded.byChannel().get(Channel.PHONE).waitTime().n()).isEqualTo(6);
    }

    @Test
    void theBytesGrowByEightPerMeasuredDuration() {
        ServiceAccumulator empty = ServiceAccumulator.create(CATALOGUE, JourneyForms.DAY);
        int emptySize = empty.toByteArray().length;
        assertThat(emptySize).isEqualTo(BODY + 4 * EMPTY_TOUCHPOINT);
        empty.add(new Journey(
                "z",
                List.of(at("z", "chat", 1).withDurations(Duration.ZERO, Duration.ofSeconds(5))),
                List.of()));
        assertThat(empty.toByteArray()).hasSize(emptySize + 2 * Long.BYTES);
        assertThat(smallWorld().toByteArray()).hasSize(emptySize + 6 * Long.BYTES);
    }

    @Test
    void malformedFieldsAreRefusedByName() {
        byte[] good = smallWorld().toByteArray();
        int hotline = hotline();
        assertThat(ByteBuffer.wrap(good).getLong(hotline))
                .as("hotline interactions")
                .isEqualTo(5);
        assertRefused(
                withLong(good, hotline + 8, -1),
                "ServiceAccumulator resolved at 'hotline' must be >= 0, was -1");
        assertRefused(
                withLong(good, hotline + 8, 6),
                "ServiceAccumulator resolved interactions and first contacts at 'hotline' must"
                        + " each be at most its 5 interactions, and resolved first contacts at"
                        + " most both, were 6, ");
        assertRefused(withLong(good, hotline + 16, 6), "must each be at most its 5 interactions");
        assertRefused(withLong(good, hotline + 24, 5), "resolved first contacts at most both");
        int waits = hotline + 32;
        assertRefused(
                withInt(good, waits, 6),
                "ServiceAccumulator wait times at 'hotline' must be at most its 5 interactions,"
                        + " were 6");
        assertRefused(
                withInt(good, waits, -1),
                "ServiceAccumulator wait times at 'hotline' count must be in 0..");
        assertRefused(
                withLong(good, waits + 4, -1),
                "ServiceAccumulator wait times at 'hotline' must be nanoseconds >= 0 in ascending"
                        + " order, -1 follows 0");
        assertRefused(
                withLong(good, waits + 4, Long.MAX_VALUE),
                "ServiceAccumulator wait times at 'hotline' must be nanoseconds >= 0 in ascending"
                        + " order, ");
        assertRefused(Arrays.copyOf(good, good.length + 1), "long, were");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "ServiceAccumulator ");
        }
    }

    @Test
    void durationCountsAreBoundedByTheBytesGiven() {
        byte[] many = withLong(smallWorld().toByteArray(), hotline(), Long.MAX_VALUE - 10);
        assertRefused(
                withInt(many, hotline() + 32, 100_000_000),
                "ServiceAccumulator bytes are truncated: 100000000 wait times at 'hotline' need"
                        + " at least 800000000 more bytes");
    }

    @Test
    void mergedInteractionsBeyondALongAreRefusedAndLeaveTheAccumulatorUnchanged() {
        byte[] good = smallWorld().toByteArray();
        long total = smallWorld().byTouchpoint().values().stream()
                .mapToLong(level -> level.resolution().n())
                .sum();
        long hotline = ByteBuffer.wrap(good).getLong(hotline());
        long limit = Long.MAX_VALUE - total - (total - hotline);
        ServiceAccumulator live = smallWorld();
        ServiceAccumulator atLimit =
                ServiceAccumulator.fromByteArray(CATALOGUE, withLong(good, hotline(), limit));
        assertThat(atLimit.merge(live)
                        .byChannel()
                        .get(Channel.PHONE)
                        .resolution()
                        .n())
                .isEqualTo(limit + hotline);
        ServiceAccumulator beyond =
                ServiceAccumulator.fromByteArray(CATALOGUE, withLong(good, hotline(), limit + 1));
        byte[] before = live.toByteArray();
        assertThatThrownBy(() -> live.merge(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interactions must be at most " + Long.MAX_VALUE + " when merged, were "
                        + total + " + " + (Long.MAX_VALUE - total + 1));
        assertThat(live.toByteArray()).as("unchanged").isEqualTo(before);
        assertRefused(
                withLong(withLong(good, hotline(), Long.MAX_VALUE), BODY, 1),
                "ServiceAccumulator bytes: interactions must be at most");
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> ServiceAccumulator.fromByteArray(CATALOGUE, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
