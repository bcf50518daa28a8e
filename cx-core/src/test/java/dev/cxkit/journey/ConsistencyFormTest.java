package dev.cxkit.journey;

import static dev.cxkit.testing.Bytes.withDouble;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

/** The binary form of consistency's sums and counts: what it keeps and what it refuses. */
class ConsistencyFormTest {

    /** Header (9 bytes), the touchpoint count, then touchpoint "app": its 5-byte id. */
    private static final int COUNT = 4 + 1 + 4 + 2 + 3;

    private static final int SUM = COUNT + 8;

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
        ConsistencyAccumulator decoded = ConsistencyAccumulator.fromByteArray(live.toByteArray());
        assertThat(decoded.snapshot()).isEqualTo(live.snapshot());
        ConsistencyAccumulator more =
                ConsistencyAccumulator.create().add(response(Scale.CSAT, 1, "web"));
        assertThat(decoded.merge(more).toByteArray()).isEqualTo(live.merge(more).toByteArray());
        assertThat(decoded.snapshot().touchpointMeans().get("web")).isEqualTo(0.375);
    }

    @Test
    void malformedSumsAndCountsAreRefusedByName() {
        byte[] good = twoTouchpoints().toByteArray();
        assertRefused(withLong(good, COUNT, 0), "response count of 'app' must be >= 1, was 0");
        assertRefused(withLong(good, COUNT, -2), "response count of 'app' must be >= 0, was -2");
        assertRefused(
                withDouble(good, SUM, 2.5),
                "score sum of 'app' must be in [0, 2] (scores are normalized to [0, 1]), was 2.5");
        assertRefused(withDouble(good, SUM, -0.5), "must be in [0, 2]");
        assertRefused(withDouble(good, SUM, Double.NaN), "was NaN");
        byte[] repeated = good.clone();
        repeated[4 + 1 + 4 + 2] = 'w';
        repeated[4 + 1 + 4 + 2 + 1] = 'e';
        repeated[4 + 1 + 4 + 2 + 2] = 'b';
        assertRefused(
                repeated, "ids must be in ascending order without repeats, 'web' follows 'web'");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "ConsistencyAccumulator ");
        }
    }

    @Test
    void countsBeyondALongAreRefusedWhenMerged() {
        ConsistencyAccumulator huge = ConsistencyAccumulator.fromByteArray(withDouble(
                withLong(twoTouchpoints().toByteArray(), COUNT, Long.MAX_VALUE), SUM, 1));
        ConsistencyAccumulator other = twoTouchpoints();
        byte[] before = other.toByteArray();
        assertThatThrownBy(() -> other.merge(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("response count of touchpoint 'app' must be at most " + Long.MAX_VALUE
                        + " when merged, was 2 + " + Long.MAX_VALUE);
        assertThat(other.toByteArray()).as("unchanged").isEqualTo(before);
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> ConsistencyAccumulator.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
