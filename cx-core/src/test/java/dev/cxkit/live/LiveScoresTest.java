package dev.cxkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.nps.Nps;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class LiveScoresTest {

    private static SurveyResponse at(String touchpoint, int score) {
        return SurveyResponse.of("c", Instant.EPOCH, Scale.NPS, score).withTouchpoint(touchpoint);
    }

    private static LiveScores live(MutableClock clock) {
        return LiveScores.builder(Scale.NPS)
                .keys(GroupKey.touchpoint())
                .maxGroups(100, GroupOverflow.OTHER)
                .window(WindowSpec.minutes(60))
                .window(WindowSpec.days(30))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .clock(clock)
                .build();
    }

    @Test
    void rollingNpsPerTouchpoint() {
        MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
        LiveScores live = live(clock);
        live.record(at("web", 10));
        live.record(at("web", 0));
        live.record(at("app", 9));
        assertThat(live.window(WindowSpec.minutes(60)).groups())
                .containsOnlyKeys(List.of("app"), List.of("web"));
        clock.advance(Duration.ofMinutes(30));
        live.record(at("web", 10));
        GroupedScores hour = live.window(WindowSpec.minutes(60));
        assertThat(Nps.of(hour.groups().get(List.of("web"))).value())
                .isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        clock.advance(Duration.ofMinutes(45)); // the 10:00 minute dropped out of the hour
        GroupedScores later = live.window(WindowSpec.minutes(60));
        assertThat(later.groups()).containsOnlyKeys(List.of("web"));
        assertThat(later.total().n()).isEqualTo(1);
        assertThat(live.window(WindowSpec.days(30)).total().n()).isEqualTo(4);
        assertThat(live.total().total().n()).isEqualTo(4);
        assertThatThrownBy(() -> live.window(WindowSpec.hours(1)))
                .hasMessage("window must be one of [60m, 30d], was 1h");
    }

    @Test
    void aFleetShipsIntervalsAsBytesAndTheCollectorMergesExactly() {
        MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
        LiveScores first = live(clock);
        LiveScores second = live(clock);
        LiveScores collector = live(clock);
        LiveScores single = live(clock);
        int[][] scores = {{10, 9, 3, 7, 10}, {0, 10, 8, 8, 6, 9}};
        String[] touchpoints = {"web", "app", "store"};
        for (int i = 0; i < scores[0].length; i++) {
            first.record(at(touchpoints[i % 3], scores[0][i]));
            single.record(at(touchpoints[i % 3], scores[0][i]));
        }
        for (int i = 0; i < scores[1].length; i++) {
            second.record(at(touchpoints[(i + 1) % 3], scores[1][i]));
            single.record(at(touchpoints[(i + 1) % 3], scores[1][i]));
        }
        for (LiveScores instance : List.of(first, second)) {
            Instant at = clock.instant();
            // What goes over the wire: per group, its key values and the histogram's bytes.
            Map<List<String>, byte[]> wire = new HashMap<>();
            instance.refresh().groups().forEach((key, h) -> wire.put(key, h.toByteArray()));
            Map<List<String>, ScoreHistogram> received = new HashMap<>();
            wire.forEach((key, bytes) -> received.put(key, ScoreHistogram.fromByteArray(bytes)));
            collector.merge(
                    at, GroupedScores.of(Scale.NPS, List.of(GroupKey.touchpoint()), received));
        }
        assertThat(collector.window(WindowSpec.minutes(60)))
                .isEqualTo(single.window(WindowSpec.minutes(60)));
        assertThat(collector.total()).isEqualTo(single.total());
    }

    @Test
    void windowsHoldEveryScoreRecordedWhileReadersRefresh() throws Exception {
        MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
        LiveScores live = live(clock);
        int threads = 3;
        int perThread = 20_000;
        List<Thread> writers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String touchpoint = "tp" + t;
            Thread writer = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    live.record(List.of(touchpoint), i % 11);
                }
            });
            writer.start();
            writers.add(writer);
        }
        while (writers.stream().anyMatch(Thread::isAlive)) {
            live.window(WindowSpec.minutes(60));
            if (clock.instant().isBefore(Instant.parse("2026-05-04T10:50:00Z"))) {
                clock.advance(Duration.ofSeconds(7)); // slots change under the writers
            }
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(clock.instant()).isBefore(Instant.parse("2026-05-04T11:00:00Z"));
        long[] perScore = new long[11];
        for (int i = 0; i < perThread; i++) {
            perScore[i % 11]++;
        }
        ScoreHistogram expected = ScoreHistogram.of(Scale.NPS, perScore);
        for (GroupedScores scores : List.of(
                live.window(WindowSpec.minutes(60)),
                live.window(WindowSpec.days(30)),
                live.total())) {
            assertThat(scores.groups()).hasSize(threads);
            scores.groups().values().forEach(h -> assertThat(h).isEqualTo(expected));
        }
    }

    @Test
    void mergingGroupsNeedsTheSameScaleAndKeys() {
        GroupedScores byTouchpoint =
                GroupedScores.of(Scale.NPS, List.of(GroupKey.touchpoint()), Map.of());
        GroupedScores whole = GroupedScores.of(Scale.NPS, List.of(), Map.of());
        assertThatThrownBy(() -> LiveScores.merge(byTouchpoint, whole))
                .hasMessage("groups must be on nps 0..10 by [touchpoint] to merge, were on "
                        + "nps 0..10 by []");
    }
}
