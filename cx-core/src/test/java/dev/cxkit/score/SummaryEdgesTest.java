package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Edges of the score summaries: hash codes that spread (a constant one would turn hash maps of
 * groups into lists), descriptions that say what they hold, the longest scale name a binary
 * form carries, and the recorders' stripes.
 */
class SummaryEdgesTest {

    @Test
    void hashCodesTellDifferentSummariesApart() {
        Set<Integer> counts = new HashSet<>();
        Set<Integer> weighted = new HashSet<>();
        for (int n = 1; n <= 20; n++) {
            counts.add(ScoreHistogram.of(Scale.CSAT, n, 0, 1, 0, 2).hashCode());
            weighted.add(WeightedScoreAccumulator.create(Scale.CSAT)
                    .add(1, n)
                    .add(5, 1)
                    .snapshot()
                    .hashCode());
        }
        assertThat(counts).hasSizeGreaterThan(10);
        assertThat(weighted).hasSizeGreaterThan(10);
    }

    @Test
    void descriptionsNameScaleAndCounts() {
        assertThat(ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5).toString())
                .isEqualTo("ScoreHistogram{csat 1..5, n=15, counts=[1, 2, 3, 4, 5]}");
        assertThat(WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(5, 2)
                        .snapshot()
                        .toString())
                .startsWith("WeightedScoreHistogram{")
                .contains("csat 1..5");
    }

    @Test
    void aScaleNameOfTheLongestLengthRoundTrips() {
        Scale longest = Scale.of("x".repeat(Scale.MAX_NAME_BYTES), 0, 1);
        ScoreHistogram histogram = ScoreHistogram.of(longest, 3, 4);
        assertThat(ScoreHistogram.fromByteArray(histogram.toByteArray())).isEqualTo(histogram);
    }

    @Test
    void defaultStripesAreTheLeastPowerOfTwoCoveringTwoPerProcessorUpTo64() {
        int wanted = 2 * Runtime.getRuntime().availableProcessors();
        int expected = 1;
        while (expected < wanted && expected < 64) {
            expected *= 2;
        }
        assertThat(ScoreRecorder.defaultStripes()).isEqualTo(expected);
        assertThat(ScoreRecorder.create(Scale.NPS).stripes()).isEqualTo(expected);
    }

    @Test
    void stripesArePowersOfTwoFromOneTo64() {
        assertThat(ScoreRecorder.create(Scale.NPS, 1).stripes()).isEqualTo(1);
        assertThat(ScoreRecorder.create(Scale.NPS, 64).stripes()).isEqualTo(64);
        for (int stripes : new int[] {0, 3, 128}) {
            assertThatThrownBy(() -> ScoreRecorder.create(Scale.NPS, stripes))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("stripes must be a power of two in 1..64, was " + stripes);
        }
        assertThatThrownBy(() -> ScoreRecorder.create(Scale.NPS, 1).record(3, -1))
                .hasMessage("count must be >= 0, was -1");
    }

    @Test
    void everyStripeCountsItsThreadsScores() throws InterruptedException {
        Scale stars = Scale.of("stars", 1, 5);
        ScoreRecorder recorder = ScoreRecorder.create(stars, 64);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int thread = 0; thread < 8; thread++) {
            threads.execute(() -> {
                for (int score = 1; score <= 5; score++) {
                    recorder.record(score, score);
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.snapshot()).isEqualTo(ScoreHistogram.of(stars, 8, 16, 24, 32, 40));
    }
}
