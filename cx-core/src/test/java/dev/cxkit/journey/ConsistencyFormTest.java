package dev.cxkit.journey;

import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The binary form of consistency's integer counts and sums per scale range: what it keeps, what
 * it refuses, its count limits, and version 1 read exactly.
 */
class ConsistencyFormTest {

    /** Header (5 bytes), the touchpoint count, touchpoint "app": its 5-byte id. */
    private static final int RANGES = 4 + 1 + 4 + 2 + 3;
    /** "app"'s first range (6, CES), its count and sum, then its second range (10, NPS). */
    private static final int RANGE_6 = RANGES + 4;

    private static final int COUNT_6 = RANGE_6 + 8;
    private static final int SUM_6 = COUNT_6 + 8;
    private static final int RANGE_10 = SUM_6 + 8;
    private static final int COUNT_10 = RANGE_10 + 8;
    private static final int SUM_10 = COUNT_10 + 8;

    private static ConsistencyAccumulator twoTouchpoints() {
        return ConsistencyAccumulator.create()
                .add(response(Scale.CSAT, 4, "web"))
                .add(response(Scale.NPS, 7, "app"))
                .add(response(Scale.CES, 2, "app"));
    }

    private static SurveyResponse response(Scale scale, int score, String touchpoint) {
        return SurveyResponse.of("c", Instant.EPOCH, scale, score).withTouchpoint(touchpoint);
    }

    @Test
    void decodedSumsMergeAsTheLiveOnes() {
        ConsistencyAccumulator live = twoTouchpoints();
        byte[] bytes = live.toByteArray();
        assertThat(ByteBuffer.wrap(bytes).getLong(SUM_10)).as("NPS 7: 7 points").isEqualTo(7);
        ConsistencyAccumulator decoded = ConsistencyAccumulator.fromByteArray(bytes);
        assertThat(decoded.snapshot()).isEqualTo(live.snapshot());
        ConsistencyAccumulator more =
                ConsistencyAccumulator.create().add(response(Scale.CSAT, 1, "web"));
        assertThat(decoded.merge(more).toByteArray()).isEqualTo(live.merge(more).toByteArray());
        assertThat(decoded.snapshot().touchpointMeans().get("web")).isEqualTo(0.375);
        assertThat(decoded.snapshot().touchpointMeans().get("app")).isEqualTo((1 / 6.0 + 0.7) / 2);
    }

    @Test
    void malformedCountsAndSumsAreRefusedByName() {
        byte[] good = twoTouchpoints().toByteArray();
        assertRefused(
                withLong(good, COUNT_6, 0),
                "ConsistencyAccumulator response count of 'app' over range 6 must be >= 1, was 0");
        assertRefused(withLong(good, COUNT_6, -2), "over range 6 must be >= 0, was -2");
        assertRefused(
                withLong(good, SUM_6, 7),
                "ConsistencyAccumulator points of 'app' over range 6 must be at most range x count"
                        + " (6 x 1), was 7");
        assertThat(ConsistencyAccumulator.fromByteArray(withLong(good, SUM_6, 6))
                        .snapshot()
                        .touchpointMeans()
                        .get("app"))
                .as("at the bound")
                .isEqualTo(0.85);
        assertRefused(withLong(good, SUM_6, -1), "points of 'app' over range 6 must be >= 0");
        assertRefused(
                withLong(good, RANGE_10, 6),
                "ConsistencyAccumulator ranges of 'app' must be >= 1 and ascend without repeats,"
                        + " 6 follows 6");
        assertRefused(withLong(good, RANGE_6, 0), "0 follows 0");
        assertRefused(withInt(good, RANGES, 0), "range count of 'app' must be in 1..");
        assertRefused(
                withInt(good, RANGES, 1 << 20),
                "ConsistencyAccumulator bytes are truncated: 1048576 ranges of 'app' need");
        byte[] repeated = good.clone();
        System.arraycopy("web".getBytes(StandardCharsets.UTF_8), 0, repeated, RANGES - 3, 3);
        assertRefused(
                repeated, "ids must be in ascending order without repeats, 'web' follows 'web'");
        assertRefused(Arrays.copyOf(good, good.length + 1), "long, were");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "ConsistencyAccumulator ");
        }
    }

    @Test
    void countsBeyondALongAreRefusedWhenDecodedOrMerged() {
        byte[] good = twoTouchpoints().toByteArray();
        long max = Long.MAX_VALUE;
        assertRefused(
                withLong(good, COUNT_6, max),
                "ConsistencyAccumulator responses of 'app' must be at most " + max
                        + " when merged, were " + max + " + 1");
        ConsistencyAccumulator atLimit =
                ConsistencyAccumulator.fromByteArray(withLong(good, COUNT_6, max - 3));
        assertThat(atLimit.merge(twoTouchpoints()).snapshot().touchpointMeans()).containsKey("app");
        ConsistencyAccumulator huge =
                ConsistencyAccumulator.fromByteArray(withLong(good, COUNT_6, max - 1));
        ConsistencyAccumulator other = twoTouchpoints();
        byte[] before = other.toByteArray();
        assertThatThrownBy(() -> other.merge(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("responses of touchpoint 'app' must be at most " + max
                        + " when merged, were 2 + " + max);
        ConsistencyAccumulator points = ConsistencyAccumulator.fromByteArray(
                withLong(withLong(good, COUNT_10, max / 10 + 1), SUM_10, max));
        assertThatThrownBy(() -> other.merge(points))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points of touchpoint 'app' on scales of range 10 must be at most "
                        + max + " when merged, were 7 + " + max);
        assertThat(other.toByteArray()).as("unchanged").isEqualTo(before);
    }

    @Test
    void version1SumsAreReadAsExactBinaryFractions() {
        ConsistencyAccumulator third = ConsistencyAccumulator.fromByteArray(version1(3, 1 / 3.0));
        assertThat(third.snapshot().touchpointMeans().get("app")).isEqualTo((1 / 3.0) / 3);
        byte[] bytes = third.toByteArray();
        assertThat(ByteBuffer.wrap(bytes).getLong(RANGE_6)).as("range").isEqualTo(1L << 54);
        assertThat(ByteBuffer.wrap(bytes).getLong(SUM_6)).as("points").isEqualTo((long)
                Math.scalb(1 / 3.0, 54));
        ConsistencyAccumulator whole = ConsistencyAccumulator.fromByteArray(version1(2, 1.75));
        assertThat(whole.snapshot().touchpointMeans().get("app")).isEqualTo(0.875);
        assertThat(ConsistencyAccumulator.fromByteArray(version1(4, 0))
                        .snapshot()
                        .touchpointMeans()
                        .get("app"))
                .isEqualTo(0.0);
        assertRefused(version1(1, 1e-300), "score sum of 'app' must be a multiple of 2^-62");
        assertRefused(
                version1(2, 2.5),
                "score sum of 'app' must be in [0, 2] (scores are normalized to [0, 1]), was 2.5");
        assertRefused(version1(0, 0), "response count of 'app' must be >= 1, was 0");
    }

    /** Version 1 bytes of one touchpoint, "app", with {@code n} responses summing to {@code sum}. */
    private static byte[] version1(long n, double sum) {
        return ByteBuffer.allocate(4 + 1 + 4 + 2 + 3 + 8 + 8)
                .putInt(0x4358434E)
                .put((byte) 1)
                .putInt(1)
                .putShort((short) 3)
                .put("app".getBytes(StandardCharsets.UTF_8))
                .putLong(n)
                .putDouble(sum)
                .array();
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> ConsistencyAccumulator.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
