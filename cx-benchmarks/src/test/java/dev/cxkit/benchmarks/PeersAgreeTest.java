package dev.cxkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.SegmentedScoreAccumulator;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The benchmarks' equality checks, on data small enough for the build. */
class PeersAgreeTest {

    private static final int RESPONSES = 20_000;
    private static final int SEGMENTS = 37;

    private final byte[] scores = SyntheticSurvey.npsScores(RESPONSES);
    private final int[] segmentIds = SyntheticSurvey.segmentIds(RESPONSES, SEGMENTS);

    @Test
    void agreementReturnsAnEqualResultAndRejectsADifferentOne() {
        NpsCounts counts = new NpsCounts(1, 2, 3);

        assertThat(Agreement.requireSame("peer", counts, new NpsCounts(1, 2, 3)))
                .isEqualTo(counts);
        assertThatThrownBy(() -> Agreement.requireSame("peer", counts, new NpsCounts(1, 2, 4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peer disagrees with cxkit")
                .hasMessageContaining("promoters=4");
    }

    @Test
    void streamsPeerAndMemoryScanSeeTheResponsesAsTheAccumulatorDoes() {
        ScoreHistogram histogram =
                ScoreAccumulator.create(Scale.NPS).addAll(scores).snapshot();
        NpsCounts cxkit = NpsCounts.of(histogram);

        assertThat(StreamsNps.of(SyntheticSurvey.responses(scores))).isEqualTo(cxkit);
        assertThat(MemoryScan.sumOf(histogram)).isEqualTo(MemoryScan.sum(scores, 0, RESPONSES));
        assertThat(cxkit.detractors() + cxkit.passives() + cxkit.promoters()).isEqualTo(RESPONSES);
    }

    @Test
    void everyPeerCountsEachSegmentAsTheSegmentedAccumulatorDoes() throws Exception {
        List<NpsCounts> cxkit =
                NpsCounts.ofEach(SegmentedScoreAccumulator.create(Scale.NPS, SEGMENTS)
                        .addAll(scores, segmentIds, 0, RESPONSES)
                        .snapshot());

        assertThat(StreamsNps.bySegment(scores, segmentIds, SEGMENTS, false)).isEqualTo(cxkit);
        assertThat(StreamsNps.bySegment(scores, segmentIds, SEGMENTS, true)).isEqualTo(cxkit);
        try (DuckDbNps duckDb = DuckDbNps.load(scores, segmentIds, SEGMENTS, 2)) {
            assertThat(duckDb.bySegment()).isEqualTo(cxkit);
        }
    }

    @Test
    void slicesCoverTheRangeOnceInOrder() {
        try (Slices slices = new Slices(3)) {
            List<long[]> ranges = slices.map(10, (from, to) -> new long[] {from, to});

            assertThat(ranges)
                    .containsExactly(new long[] {0, 3}, new long[] {3, 6}, new long[] {6, 10});
            assertThat(slices
                            .map(
                                    RESPONSES,
                                    (from, to) -> MemoryScan.sum(scores, segmentIds, from, to))
                            .stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(MemoryScan.sum(scores, 0, RESPONSES)
                            + MemoryScan.sum(new byte[RESPONSES], segmentIds, 0, RESPONSES));
        }
    }
}
