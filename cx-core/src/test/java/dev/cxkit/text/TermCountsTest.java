package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Bytes;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

class TermCountsTest {

    @Test
    void countsUnigramsAndBigramsOfAdjacentTerms() {
        TermCounts counts = TermCountAccumulator.create("pt", 100, 2)
                .add(List.of("não", "recebi", "produto"))
                .add(List.of("produto", "errado"))
                .add(List.of())
                .snapshot();

        assertThat(counts.comments()).isEqualTo(3);
        assertThat(counts.count("produto")).isEqualTo(2);
        assertThat(counts.count("não recebi")).isEqualTo(1);
        assertThat(counts.count("recebi produto")).isEqualTo(1);
        assertThat(counts.count("produto errado")).isEqualTo(1);
        assertThat(counts.count("produto produto")).isZero();
        // 5 unigrams + 3 bigrams
        assertThat(counts.n()).isEqualTo(8);
        assertThat(counts.isExact()).isTrue();
        assertThat(counts.top(1)).containsExactly(new TermCount("produto", 2, 2));
        assertThat(counts.terms()).hasSize(7);
    }

    @Test
    void unigramsOnlyWhenMaxGramIsOne() {
        TermCounts counts = TermCountAccumulator.create("en", 100, 1)
                .add(List.of("late", "parcel"))
                .snapshot();
        assertThat(counts.n()).isEqualTo(2);
        assertThat(counts.count("late parcel")).isZero();
    }

    @Test
    void capacityIsThreeQuartersOfAPowerOfTwoAtLeastTheBound() {
        assertThat(TermCounts.empty("x", 1, 1).capacity()).isEqualTo(6);
        assertThat(TermCounts.empty("x", 6, 1).capacity()).isEqualTo(6);
        assertThat(TermCounts.empty("x", 7, 1).capacity()).isEqualTo(12);
        assertThat(TermCounts.empty("x", 1000, 1).capacity()).isEqualTo(1536);
        assertThat(TermCounts.empty("x", 1000, 1).isEmpty()).isTrue();
    }

    @Test
    void exactUpToCapacityAndAnEstimateOneTermBeyond() {
        TermCountAccumulator accumulator = TermCountAccumulator.create("x", 12, 1);
        for (int term = 0; term < 12; term++) {
            for (int k = 0; k <= term; k++) {
                accumulator.add(List.of("t" + term));
            }
        }
        TermCounts atCapacity = accumulator.snapshot();
        assertThat(atCapacity.isExact()).isTrue();
        assertThat(atCapacity.vocabularySize()).isEqualTo(12);
        assertThat(atCapacity.count("t11")).isEqualTo(12);

        TermCounts beyond = accumulator.add(List.of("t12")).snapshot();
        assertThat(beyond.isExact()).isFalse();
        assertThat(beyond.maxError()).isPositive();
        assertThat(beyond.n()).isEqualTo(atCapacity.n() + 1);
        assertThat(beyond.comments()).isEqualTo(atCapacity.comments() + 1);
    }

    /**
     * The policy beyond the bound: totals stay exact, every held count brackets the true count,
     * the error bound holds, and every term more frequent than the error bound is held.
     */
    @Test
    void beyondTheBoundCountsAreBoundedEstimatesAndHeavyTermsSurvive() {
        Property.check("frequent items beyond the bound", 30, trial -> {
            SplittableRandom random = trial.random();
            int bound = trial.intIn(6, 200);
            int vocabulary = trial.intIn(bound * 2, bound * 20);
            int comments = trial.intIn(200, 3000);
            TermCountAccumulator accumulator = TermCountAccumulator.create("x", bound, 1);
            Map<String, Long> truth = new HashMap<>();
            long tokens = 0;
            for (int c = 0; c < comments; c++) {
                List<String> terms = new ArrayList<>();
                for (int k = random.nextInt(1, 6); k > 0; k--) {
                    // Zipf-like: term i drawn with probability ~ 1/(i+1)
                    int term =
                            (int) Math.floor(Math.pow(vocabulary + 1.0, random.nextDouble())) - 1;
                    terms.add("w" + term);
                    truth.merge("w" + term, 1L, Long::sum);
                    tokens++;
                }
                accumulator.add(terms);
            }
            TermCounts counts = accumulator.snapshot();
            assertThat(counts.n()).isEqualTo(tokens);
            assertThat(counts.comments()).isEqualTo(comments);
            if (truth.size() > counts.capacity()) {
                assertThat(counts.isExact()).isFalse();
            }
            assertThat((double) counts.maxError())
                    .isLessThanOrEqualTo(3.5 * tokens / (counts.capacity() * 4 / 3));
            for (TermCount held : counts.terms()) {
                long actual = truth.get(held.term());
                assertThat(actual).isBetween(held.lowerBound(), held.count());
            }
            truth.forEach((term, actual) -> {
                if (actual > counts.maxError()) {
                    assertThat(counts.count(term)).as(term).isGreaterThanOrEqualTo(actual);
                }
            });
        });
    }

    @Test
    void rejectsEmptyTermsAndBadParameters() {
        TermCountAccumulator accumulator = TermCountAccumulator.create("pt", 10, 2);
        assertThatThrownBy(() -> accumulator.add(List.of("ok", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term 1 of a comment is empty");
        assertThat(accumulator.comments()).isZero();
        assertThatThrownBy(() -> TermCountAccumulator.create("pt", 0, 2))
                .hasMessageContaining("vocabularyBound must be in 1..3145728, was 0");
        assertThatThrownBy(() -> TermCountAccumulator.create("pt", 10, 3))
                .hasMessage("maxGram must be 1 or 2, was 3");
        assertThatThrownBy(() -> TermCountAccumulator.create(" ", 10, 2))
                .hasMessageContaining("analyzer must be non-blank");
    }

    @Test
    void countsOfDifferentAnalyzersDoNotMerge() {
        TermCountAccumulator pt = TermCountAccumulator.create("pt", 10, 2);
        assertThatThrownBy(() -> pt.merge(TermCountAccumulator.create("en", 10, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("analyzer 'en'")
                .hasMessageContaining("analyzer 'pt'");
        assertThatThrownBy(() -> pt.merge(TermCounts.empty("pt", 20, 2)))
                .hasMessageContaining("vocabulary bound 20");
    }

    @Test
    void decoderRejectsACorruptSketchAndAMismatchedBound() {
        byte[] good = TermCountAccumulator.create("pt", 10, 2)
                .add(List.of("a", "b"))
                .snapshot()
                .toByteArray();
        int sketchStart = 4 + 1 + 2 + 2 + 4 + 4 + 8 + 4;
        byte[] preamble = good.clone();
        preamble[sketchStart] = 0x7F;
        assertThatThrownBy(() -> TermCounts.fromByteArray(preamble))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corrupt");
        byte[] bound = good.clone();
        ByteBuffer.wrap(bound).putInt(4 + 1 + 2 + 2, 100);
        assertThatThrownBy(() -> TermCounts.fromByteArray(bound))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must hold 192 terms for vocabulary bound 100, held 12");
        byte[] gram = good.clone();
        ByteBuffer.wrap(gram).putInt(4 + 1 + 2 + 2 + 4, 5);
        assertThatThrownBy(() -> TermCounts.fromByteArray(gram))
                .hasMessage("maxGram must be 1 or 2, was 5");
        assertThat(TermCounts.fromByteArray(Arrays.copyOf(good, good.length)))
                .isEqualTo(TermCounts.fromByteArray(good));
    }

    @Test
    void mergedCommentsBeyondALongAreRefusedAndLeaveTheCountsUnchanged() {
        TermCountAccumulator two =
                TermCountAccumulator.create("pt", 100, 2).add(List.of("a")).add(List.of("b"));
        TermCounts before = two.snapshot();
        int comments = 4 + 1 + 2 + 2 + 4 + 4; // magic, version, analyzer "pt", bound, n-grams
        byte[] bytes = before.toByteArray();
        TermCounts atLimit =
                TermCounts.fromByteArray(Bytes.withLong(bytes, comments, Long.MAX_VALUE - 2));
        assertThat(TermCountAccumulator.create("pt", 100, 2)
                        .merge(two)
                        .merge(atLimit)
                        .snapshot()
                        .comments())
                .isEqualTo(Long.MAX_VALUE);
        TermCounts beyond =
                TermCounts.fromByteArray(Bytes.withLong(bytes, comments, Long.MAX_VALUE - 1));
        assertThatThrownBy(() -> two.merge(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("comments must be at most " + Long.MAX_VALUE + " when merged, were 2 + "
                        + (Long.MAX_VALUE - 1));
        assertThat(two.snapshot()).as("unchanged, terms included").isEqualTo(before);
    }
}
