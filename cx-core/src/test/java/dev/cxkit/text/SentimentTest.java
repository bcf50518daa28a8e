package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.internal.Proportions;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;

class SentimentTest {

    /** Lower-cased runs of letters and apostrophes: enough for the scorer's own tests. */
    private static final Tokenizer WORDS =
            text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
                    .filter(w -> !w.isEmpty())
                    .toList();

    private static final LexiconScorer SCORER = LexiconScorer.of(
            Map.of("good", 3.0, "bad", -3.0, "late", -2.0, "cool stuff", 3.0, "cool", 1.0),
            WORDS,
            Set.of("not", "never", "Não"));

    @Test
    void sumsEntryScores() {
        assertThat(SCORER.score("Good product, bad box")).isEqualTo(0.0);
        assertThat(SCORER.score("good good and late")).isEqualTo(4.0);
        assertThat(SCORER.score("nothing to say")).isEqualTo(0.0);
        assertThat(SCORER.score("")).isEqualTo(0.0);
        assertThat(SCORER.size()).isEqualTo(5);
    }

    @Test
    void longestEntryWins() {
        assertThat(SCORER.score("cool stuff")).isEqualTo(3.0);
        assertThat(SCORER.score("cool")).isEqualTo(1.0);
    }

    @Test
    void negationWithinThreeWordsFlipsTheSign() {
        assertThat(SCORER.score("not good")).isEqualTo(-3.0);
        assertThat(SCORER.score("never was it good")).isEqualTo(-3.0);
        assertThat(SCORER.score("not that it was very good")).isEqualTo(3.0);
        assertThat(SCORER.score("não bad")).isEqualTo(3.0);
        // a negation is used by the first entry after it
        assertThat(SCORER.score("not good, late")).isEqualTo(-5.0);
        assertThat(SCORER.score("not good, not late")).isEqualTo(-1.0);
    }

    @Test
    void rejectsBadLexicons() {
        assertThatThrownBy(() -> LexiconScorer.of(Map.of(), WORDS, Set.of()))
                .hasMessageContaining("at least one entry");
        assertThatThrownBy(() -> LexiconScorer.of(Map.of("good", Double.NaN), WORDS, Set.of()))
                .hasMessage("lexicon score of 'good' must be finite, was NaN");
        assertThatThrownBy(() -> LexiconScorer.of(Map.of("!!", 1.0), WORDS, Set.of()))
                .hasMessage("lexicon entry '!!' must hold at least one word");
        assertThatThrownBy(
                        () -> LexiconScorer.of(Map.of("Good", 1.0, "good", 2.0), WORDS, Set.of()))
                .hasMessageContaining("are the same words 'good'");
    }

    @Test
    void summaryHasMeanIntervalAndShares() {
        double[] scores = {3, -2, 0, 5, 1, -1, 0, 4};
        SentimentSummary summary =
                DoubleStream.of(scores).boxed().collect(SentimentAccumulator.toSummary());
        double mean = DoubleStream.of(scores).average().orElseThrow();
        double ss = DoubleStream.of(scores).map(s -> (s - mean) * (s - mean)).sum();
        assertThat(summary.n()).isEqualTo(8);
        assertThat(summary.mean()).isCloseTo(1.25, within(1e-15));
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(ss / 7), within(1e-14));
        // t(0.975, 7) = 2.364624251592785 (R: qt(0.975, 7))
        Interval interval = summary.interval(0.95);
        assertThat(interval.upper() - mean)
                .isCloseTo(2.364624251592785 * Math.sqrt(ss / 7) / Math.sqrt(8), within(1e-12));
        assertThat(summary.positive()).isEqualTo(new Proportion("positive sentiment share", 4, 8));
        assertThat(summary.negative().count()).isEqualTo(2);
        assertThat(summary.positive().value()).isEqualTo(0.5);
        assertThat(summary.negative().interval(0.95))
                .isEqualTo(Proportions.wilson(2, 8, 0.95))
                .matches(wilson -> wilson.contains(0.25));
    }

    @Test
    void mergeOfSplitsAgreesWithOnePass() {
        Property.check("sentiment merge", 100, trial -> {
            int size = trial.intIn(0, 300);
            double[] scores = new double[size];
            for (int i = 0; i < size; i++) {
                scores[i] = trial.doubleIn(-10, 10);
            }
            int cut = trial.intIn(0, size);
            SentimentAccumulator whole = SentimentAccumulator.create();
            SentimentAccumulator left = SentimentAccumulator.create();
            SentimentAccumulator right = SentimentAccumulator.create();
            for (int i = 0; i < size; i++) {
                whole.add(scores[i]);
                (i < cut ? left : right).add(scores[i]);
            }
            SentimentSummary expected = whole.snapshot();
            SentimentSummary merged = right.merge(left).snapshot();
            assertThat(merged).isEqualTo(expected);
            if (size >= 2) {
                assertThat(merged.mean())
                        .isCloseTo(DoubleStream.of(scores).average().orElseThrow(), within(1e-12));
            }
        });
    }

    @Test
    void emptySummaryRefusesStatistics() {
        SentimentSummary empty = SentimentAccumulator.create().snapshot();
        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(empty::mean)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("mean sentiment needs at least 1 scored comments, had 0");
        assertThatThrownBy(() -> SentimentAccumulator.create().add(Double.NaN))
                .hasMessage("sentiment score must be finite, was NaN");
        assertThat(List.of(empty.toString())).containsExactly("SentimentSummary[empty]");
        assertThat(empty.positive().isEmpty()).isTrue();
        assertThatThrownBy(() -> empty.negative().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("negative sentiment share is undefined for an empty base (n = 0)");
    }
}
