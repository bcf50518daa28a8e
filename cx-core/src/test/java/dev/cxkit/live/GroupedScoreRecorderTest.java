package dev.cxkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.nps.Nps;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

class GroupedScoreRecorderTest {

    private static SurveyResponse at(String touchpoint, int score) {
        return SurveyResponse.of("c", Instant.EPOCH, Scale.NPS, score).withTouchpoint(touchpoint);
    }

    @Test
    void snapshotsAreTheGroupedScoresAnAccumulatorGives() {
        GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                Scale.NPS, List.of(GroupKey.touchpoint()), 10, GroupOverflow.REJECT);
        List<SurveyResponse> responses =
                List.of(at("web", 10), at("web", 3), at("app", 9), at("store", 0), at("app", 10));
        GroupedScoreAccumulator expected =
                GroupedScoreAccumulator.create(Scale.NPS, List.of(GroupKey.touchpoint()));
        responses.forEach(recorder::record);
        responses.forEach(expected::add);
        assertThat(recorder.intervalSnapshot()).isEqualTo(expected.snapshot());
        assertThat(recorder.intervalSnapshot().groups()).isEmpty();
        recorder.record(List.of("web"), 10);
        assertThat(recorder.intervalSnapshot().groups()).containsOnlyKeys(List.of("web"));
        assertThat(Nps.of(recorder.snapshot().groups().get(List.of("web"))).value())
                .isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rejectRefusesNewGroupsPastTheBoundAndCountsThem() {
        GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                Scale.NPS, List.of(GroupKey.touchpoint()), 2, GroupOverflow.REJECT);
        recorder.record(at("web", 10));
        recorder.record(at("app", 10));
        assertThatThrownBy(() -> recorder.record(at("store", 10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("group [store] is refused: the recorder holds its maximum of 2 "
                        + "groups (overflow policy REJECT)");
        recorder.record(at("web", 0)); // known groups still record
        assertThat(recorder.rejected()).isEqualTo(1);
        assertThat(recorder.groupCount()).isEqualTo(2);
        assertThat(recorder.snapshot().total().n()).isEqualTo(3);
    }

    @Test
    void otherFoldsNewGroupsPastTheBoundIntoOneGroup() {
        GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                Scale.NPS,
                List.of(GroupKey.touchpoint(), GroupKey.of("plan", r -> "pro")),
                1,
                GroupOverflow.OTHER);
        recorder.record(at("web", 10));
        recorder.record(at("app", 9));
        recorder.record(at("store", 0));
        Map<List<String>, ScoreHistogram> groups = recorder.snapshot().groups();
        assertThat(groups).containsOnlyKeys(List.of("(other)", "(other)"), List.of("web", "pro"));
        assertThat(groups.get(List.of("(other)", "(other)")).n()).isEqualTo(2);
        assertThat(recorder.rejected()).isZero();
        assertThat(recorder.groupCount()).isEqualTo(2);
    }

    @Test
    void rejectsMalformedGroupsAndScoresWithoutRecording() {
        GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                Scale.NPS, List.of(GroupKey.touchpoint()), 5, GroupOverflow.OTHER);
        assertThatThrownBy(() -> recorder.record(List.of("web", "x"), 3))
                .hasMessage("group must have 1 values, one per key [touchpoint], had 2");
        assertThatThrownBy(() -> recorder.record(List.of("web"), 11))
                .hasMessage("score must be in 0..10 on scale 'nps', was 11");
        assertThatThrownBy(() -> recorder.record(
                        SurveyResponse.of("c", Instant.EPOCH, Scale.CSAT, 3).withTouchpoint("web")))
                .hasMessage("scale must be nps 0..10 to match this recorder, was csat 1..5");
        assertThat(recorder.groupCount()).isZero();
        assertThatThrownBy(() ->
                        GroupedScoreRecorder.create(Scale.NPS, List.of(), 0, GroupOverflow.OTHER))
                .hasMessage("maxGroups must be >= 1, was 0");
    }

    @Test
    void groupIntervalsAddUpExactlyUnderConcurrentWriters() {
        Property.check("grouped intervals add up to the recorded multisets", 15, trial -> {
            int threads = trial.intIn(2, 4);
            int perThread = trial.intIn(1, 10_000);
            int groupCount = trial.intIn(1, 8);
            int bound = trial.intIn(1, 8);
            GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                    Scale.NPS, List.of(GroupKey.touchpoint()), bound, GroupOverflow.OTHER);
            int[][] scores = new int[threads][];
            int[][] groups = new int[threads][];
            for (int t = 0; t < threads; t++) {
                scores[t] = trial.intsIn(perThread, 0, 10);
                groups[t] = trial.intsIn(perThread, 0, groupCount - 1);
            }
            Map<List<String>, ScoreAccumulator> sums = new HashMap<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread writer = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    for (int i = 0; i < perThread; i++) {
                        recorder.record(List.of("tp" + groups[thread][i]), scores[thread][i]);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            start.countDown();
            while (writers.stream().anyMatch(Thread::isAlive)) {
                add(sums, recorder.intervalSnapshot());
            }
            for (Thread writer : writers) {
                writer.join();
            }
            add(sums, recorder.intervalSnapshot());
            // Every group's histogram, other included, equals what its writers recorded there.
            Map<List<String>, ScoreHistogram> actual = new HashMap<>();
            sums.forEach((key, sum) -> actual.put(key, sum.snapshot()));
            GroupedScores total = recorder.snapshot();
            assertThat(actual).isEqualTo(total.groups());
            long[] expected = new long[11];
            for (int t = 0; t < threads; t++) {
                for (int score : scores[t]) {
                    expected[score]++;
                }
            }
            assertThat(total.total()).isEqualTo(ScoreHistogram.of(Scale.NPS, expected));
            assertThat(total.groups().size()).isLessThanOrEqualTo(bound + 1);
        });
    }

    private static void add(Map<List<String>, ScoreAccumulator> sums, GroupedScores interval) {
        interval.groups()
                .forEach((key, histogram) -> sums.computeIfAbsent(
                                key, k -> ScoreAccumulator.create(Scale.NPS))
                        .merge(histogram));
    }

    @Test
    void aKeptGroupRecorderRecordsIntoItsGroup() {
        GroupedScoreRecorder recorder = GroupedScoreRecorder.create(
                Scale.NPS, List.of(GroupKey.touchpoint()), 5, GroupOverflow.OTHER);
        ScoreRecorder web = recorder.group(List.of("web"));
        web.record(10);
        assertThat(recorder.group(List.of("web"))).isSameAs(web);
        assertThat(recorder.snapshot().groups().get(List.of("web")).n()).isEqualTo(1);
    }
}
