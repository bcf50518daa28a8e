package dev.cxkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.benchmarks.ConcurrentScorePeers.AdderScores;
import dev.cxkit.benchmarks.ConcurrentScorePeers.AtomicArrayScores;
import dev.cxkit.benchmarks.ConcurrentScorePeers.SynchronizedScores;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.score.WeightedScoreRecorder;

import org.junit.jupiter.api.Test;

import java.util.function.IntConsumer;

/** The recorder benchmark's peers count what the recorder counts, interval by interval. */
class ConcurrentScorePeersTest {

    private final byte[] scores = SyntheticSurvey.npsScores(20_000);

    @Test
    void everyPeerGivesTheAccumulatorsIntervals() {
        ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS);
        SynchronizedScores locked = new SynchronizedScores();
        AdderScores adders = new AdderScores();
        AtomicArrayScores atomics = new AtomicArrayScores();
        check(ConcurrentScorePeers.of(recorder), recorder::record);
        WeightedScoreRecorder weighted = WeightedScoreRecorder.create(Scale.NPS);
        check(ConcurrentScorePeers.of(weighted), score -> weighted.record(score, 1));
        check(locked, locked::record);
        check(adders, adders::record);
        check(atomics, atomics::record);
    }

    private void check(ConcurrentScorePeers.Intervals peer, IntConsumer record) {
        for (int half = 0; half < 2; half++) {
            int from = half * scores.length / 2;
            int to = from + scores.length / 2;
            for (int i = from; i < to; i++) {
                record.accept(scores[i]);
            }
            ScoreHistogram expected =
                    ScoreAccumulator.create(Scale.NPS).addAll(scores, from, to).snapshot();
            assertThat(peer.intervalSnapshot()).isEqualTo(expected);
        }
    }
}
