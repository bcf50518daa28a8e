package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Regression tests for bytes, weights and scales that once escaped the checks. */
class MalformedInputTest {

    @Test
    void histogramBytesWhoseCountsOverflowAreIllegalArguments() {
        byte[] bytes = ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 1).toByteArray();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int body = bytes.length - 5 * Long.BYTES;
        buffer.putLong(body, Long.MAX_VALUE).putLong(body + 8, Long.MAX_VALUE);
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ScoreHistogram counts must sum to at most " + Long.MAX_VALUE
                        + " responses");
        assertThatThrownBy(() -> ScoreHistogram.of(Scale.CSAT, Long.MAX_VALUE, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightedBytesWhoseCountsOverflowAreIllegalArguments() {
        long[] counts = {Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, 0};
        double[] weights = {1, 1, 0, 0, 0};
        double[] squares = {1e-10, 1e-10, 0, 0, 0};
        assertThatThrownBy(() -> WeightedScoreHistogram.of(Scale.CSAT, counts, weights, squares))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts must sum to at most");
    }

    @Test
    void anyChangeToEncodedBytesDecodesOrIsAnIllegalArgument() {
        byte[] plain =
                ScoreHistogram.of(Scale.NPS, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).toByteArray();
        WeightedScoreAccumulator weighted = WeightedScoreAccumulator.create(Scale.CSAT);
        weighted.add(1, 0.5).add(5, 2).add(5, 3);
        byte[] withWeights = weighted.snapshot().toByteArray();
        Property.check("mutated bytes", 2000, trial -> {
            boolean first = trial.random().nextBoolean();
            byte[] bytes = (first ? plain : withWeights).clone();
            int changes = trial.intIn(1, 4);
            for (int i = 0; i < changes; i++) {
                bytes[trial.intIn(0, bytes.length - 1)] = (byte) trial.intIn(-128, 127);
            }
            byte[] cut = trial.random().nextInt(8) == 0
                    ? Arrays.copyOf(bytes, trial.intIn(0, bytes.length))
                    : bytes;
            try {
                if (first) {
                    ScoreHistogram.fromByteArray(cut);
                } else {
                    WeightedScoreHistogram.fromByteArray(cut);
                }
            } catch (IllegalArgumentException expected) {
                // malformed bytes are rejected with an IllegalArgumentException, nothing else
            }
        });
    }

    @Test
    void scaleNamesRoundTripThroughTheBinaryForms() {
        Property.check("scale names", trial -> {
            StringBuilder name = new StringBuilder("s");
            int length = trial.intIn(0, 40);
            for (int i = 0; i < length; i++) {
                int codePoint;
                do {
                    // the random source, not intIn: edge trials pin intIn to a bound
                    codePoint = 0x20 + trial.random().nextInt(0x10FFFF - 0x20 + 1);
                } while (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF
                        || !Character.isDefined(codePoint));
                name.appendCodePoint(codePoint);
            }
            Scale scale;
            try {
                scale = Scale.of(name.toString(), 0, 4);
            } catch (IllegalArgumentException tooLong) {
                assertThat(tooLong).hasMessageContaining("UTF-8 bytes");
                return;
            }
            ScoreHistogram histogram = ScoreHistogram.of(scale, 1, 0, 2, 0, 3);
            assertThat(ScoreHistogram.fromByteArray(histogram.toByteArray()).scale())
                    .isEqualTo(scale);
            assertThat(WeightedScoreHistogram.fromByteArray(
                                    WeightedScoreHistogram.empty(scale).toByteArray())
                            .scale())
                    .isEqualTo(scale);
        });
    }

    @Test
    void scaleNamesThatCannotBeEncodedAreRejectedWhenTheScaleIsMade() {
        assertThatThrownBy(() -> Scale.of("bad\uD800name", 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("well-formed Unicode");
        assertThatThrownBy(() -> Scale.of("x".repeat(256), 0, 4))
                .hasMessage("scale name must be at most 255 UTF-8 bytes, was 256 bytes");
    }

    @Test
    void scaleNameBytesThatAreNotUtf8AreRejected() {
        byte[] bytes = ScoreHistogram.empty(Scale.of("ab", 0, 1)).toByteArray();
        bytes[Integer.BYTES + 1 + Short.BYTES] = (byte) 0xC3; // a lead byte without its follower
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ScoreHistogram scale name must be well-formed UTF-8, was not");
    }

    @Test
    void weightSumsInconsistentWithTheCountsAreRejected() {
        // Two responses cannot have sum w = 10 and sum w^2 = 1: n_eff would be 100 > n = 2.
        assertThatThrownBy(() -> WeightedScoreHistogram.of(
                        Scale.of("two", 0, 1),
                        new long[] {2, 0},
                        new double[] {10, 0},
                        new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot come from 2 weights");
        // nor sum w = 1 and sum w^2 = 4 (a squared sum above the squared total).
        assertThatThrownBy(() -> WeightedScoreHistogram.of(
                        Scale.of("two", 0, 1),
                        new long[] {2, 0},
                        new double[] {1, 0},
                        new double[] {4, 0}))
                .hasMessageContaining("cannot come from 2 weights");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(
                        Scale.of("two", 0, 1),
                        new long[] {2, 0},
                        new double[] {1, 0},
                        new double[] {0, 0}))
                .hasMessageContaining("must both be 0 or both be > 0");
        // Consistent sums pass: weights 1 and 3.
        WeightedScoreHistogram fine = WeightedScoreHistogram.of(
                Scale.of("two", 0, 1), new long[] {2, 0}, new double[] {4, 0}, new double[] {10, 0
                });
        assertThat(fine.effectiveN()).isCloseTo(1.6, within(1e-12));
        assertThat(fine.effectiveN()).isLessThanOrEqualTo(fine.n());
    }

    @Test
    void weightsWhoseSquaresLeaveTheDoublesAreRejectedNotTurnedIntoNaN() {
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
        assertThatThrownBy(() -> accumulator.add(10, 1e200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100] (so that squared "
                        + "weights stay finite, normal doubles; rescale the weights otherwise), "
                        + "was 1.0E200");
        assertThatThrownBy(() -> accumulator.add(0, 1e-200))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accumulator.snapshot().n()).isZero();
    }

    @Test
    void extremeButAllowedWeightsGiveTheUnweightedScore() {
        for (double weight : new double[] {1e100, 1e-100}) {
            WeightedScoreAccumulator weighted = WeightedScoreAccumulator.create(Scale.NPS);
            ScoreAccumulator plain = ScoreAccumulator.create(Scale.NPS);
            for (int score : new int[] {10, 9, 9, 8, 7, 6, 3, 10, 9, 0}) {
                weighted.add(score, weight);
                plain.add(score);
            }
            Nps nps = Nps.of(weighted.snapshot());
            Nps expected = Nps.of(plain.snapshot());
            assertThat(nps.value()).isCloseTo(expected.value(), within(1e-9));
            assertThat(nps.effectiveN()).isCloseTo(10, within(1e-9));
            assertThat(nps.interval(NpsIntervalMethod.TANGO, 0.95).lower())
                    .isCloseTo(
                            expected.interval(NpsIntervalMethod.TANGO, 0.95).lower(), within(1e-6));
        }
    }

    @Test
    void aScaleEndingAtTheLargestIntIsUsable() {
        Scale top = Scale.of("top", Integer.MAX_VALUE - 4, Integer.MAX_VALUE);
        ScoreHistogram histogram = ScoreAccumulator.create(top)
                .addAll(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 4, Integer.MAX_VALUE})
                .snapshot();
        assertThat(histogram.countBetween(Integer.MAX_VALUE - 4, Integer.MAX_VALUE))
                .isEqualTo(3);
        assertThat(histogram.countBetween(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(2);
        Csat csat = Csat.of(histogram);
        assertThat(csat.value()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(csat.distribution()).hasSize(5).containsEntry(Integer.MAX_VALUE, 2.0 / 3);
        NpsBreaks breaks = NpsBreaks.of(top, Integer.MAX_VALUE - 3, Integer.MAX_VALUE);
        assertThat(Nps.of(histogram, breaks).value()).isCloseTo(100.0 / 3, within(1e-12));
        WeightedScoreAccumulator weighted = WeightedScoreAccumulator.create(top);
        weighted.add(Integer.MAX_VALUE, 2).add(Integer.MAX_VALUE - 4, 1);
        assertThat(Nps.of(weighted.snapshot(), breaks).value()).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(ScoreHistogram.fromByteArray(histogram.toByteArray())).isEqualTo(histogram);
    }

    @Test
    void theTangoIntervalStaysFiniteAtHugeCounts() {
        long huge = Long.MAX_VALUE / 4;
        for (long[] counts : new long[][] {
            {1, 0, huge},
            {huge, 0, 1},
            {huge, huge, huge},
            {1, 1, huge},
            {0, 1, huge},
            {huge, 1, 0},
            {7, huge, 3}
        }) {
            Nps nps = Nps.ofCounts(counts[0], counts[1], counts[2]);
            var interval = nps.interval(NpsIntervalMethod.TANGO, 0.95);
            assertThat(interval.lower()).isBetween(-100.0, 100.0);
            assertThat(interval.upper()).isBetween(interval.lower(), 100.0);
            assertThat(interval.contains(nps.value()) || interval.width() < 1e-6)
                    .isTrue();
        }
    }
}
