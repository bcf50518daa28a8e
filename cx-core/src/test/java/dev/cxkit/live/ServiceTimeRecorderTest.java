package dev.cxkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Interaction;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class ServiceTimeRecorderTest {

    @Test
    void percentilesOfWaitingTimesPerTouchpoint() {
        ServiceTimeRecorder recorder = ServiceTimeRecorder.create(10, GroupOverflow.REJECT);
        for (int seconds = 1; seconds <= 100; seconds++) {
            recorder.recordWait("phone", Duration.ofSeconds(seconds));
        }
        recorder.record(Interaction.of("c1", "chat", Instant.EPOCH)
                .withDurations(Duration.ofMillis(1500), Duration.ofMinutes(4)));
        ServiceTimes times = recorder.intervalSnapshot();
        DurationHistogram phone = times.waitTime("phone");
        assertThat(phone.n()).isEqualTo(100);
        // HdrHistogram reports the highest value equivalent to the bucket: within 0.1%.
        assertThat(phone.median().toMillis()).isBetween(50_000L, 50_050L);
        assertThat(phone.percentile(90).toMillis()).isBetween(90_000L, 90_090L);
        assertThat(phone.percentile(100).toMillis()).isBetween(100_000L, 100_100L);
        assertThat(phone.max().toMillis()).isBetween(100_000L, 100_100L);
        assertThat(times.handlingTime("chat").median().toMillis()).isBetween(240_000L, 240_240L);
        assertThat(times.waitTime("chat").median().toMillis()).isBetween(1500L, 1502L);
        assertThat(times.handlingTime("phone").isEmpty()).isTrue();
        assertThatThrownBy(() -> times.handlingTime("phone").median())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("percentile of handling time is undefined for an empty histogram");
    }

    @Test
    void intervalsAndRunningTotals() {
        ServiceTimeRecorder recorder = ServiceTimeRecorder.create(10, GroupOverflow.REJECT);
        recorder.recordHandling("web", Duration.ofSeconds(1));
        assertThat(recorder.snapshot().handlingTime("web").n()).isEqualTo(1);
        recorder.recordHandling("web", Duration.ofSeconds(2));
        assertThat(recorder.intervalSnapshot().handlingTime("web").n()).isEqualTo(2);
        assertThat(recorder.intervalSnapshot().handlingTime("web").n()).isZero();
        assertThat(recorder.snapshot().handlingTime("web").n()).isEqualTo(2);
    }

    @Test
    void negativeDurationsAndTouchpointsPastTheBoundAreRefused() {
        ServiceTimeRecorder recorder = ServiceTimeRecorder.create(1, GroupOverflow.REJECT);
        assertThatThrownBy(() -> recorder.recordWait("web", Duration.ofSeconds(-1)))
                .hasMessage("wait time must be >= 0, was PT-1S");
        recorder.recordWait("web", Duration.ZERO);
        assertThatThrownBy(() -> recorder.recordWait("app", Duration.ZERO))
                .isInstanceOf(IllegalStateException.class);
        assertThat(recorder.rejected()).isEqualTo(1);
        ServiceTimeRecorder folding = ServiceTimeRecorder.create(1, GroupOverflow.OTHER);
        folding.recordWait("web", Duration.ZERO);
        folding.recordWait("app", Duration.ZERO);
        assertThat(folding.snapshot().waitTimes()).containsOnlyKeys("web", "(other)");
    }

    @Test
    void histogramsCrossProcessesAndMergeExactly() {
        DurationHistogram first =
                DurationHistogram.of("wait time", Duration.ofSeconds(3), Duration.ofMillis(20));
        DurationHistogram second = DurationHistogram.of("wait time", Duration.ofMinutes(7));
        DurationHistogram decoded =
                DurationHistogram.fromByteArray("wait time", first.toByteArray());
        assertThat(decoded).isEqualTo(first);
        DurationHistogram merged =
                decoded.plus(DurationHistogram.fromByteArray("wait time", second.toByteArray()));
        assertThat(merged)
                .isEqualTo(DurationHistogram.of(
                        "wait time",
                        Duration.ofSeconds(3),
                        Duration.ofMillis(20),
                        Duration.ofMinutes(7)));
        assertThat(merged.n()).isEqualTo(3);
        assertThatThrownBy(() -> DurationHistogram.fromByteArray("wait time", new byte[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("wait time bytes (2) are not a compressed HdrHistogram");
    }

    @Test
    void concurrentWritersLoseNoDuration() throws Exception {
        ServiceTimeRecorder recorder = ServiceTimeRecorder.create(4, GroupOverflow.REJECT);
        int threads = 3;
        int perThread = 20_000;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String touchpoint = "tp" + (t % 2);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    recorder.recordWait(touchpoint, Duration.ofMillis(i % 1000));
                }
            });
            writer.start();
            writers.add(writer);
        }
        long seen = 0;
        while (writers.stream().anyMatch(Thread::isAlive)) {
            ServiceTimes interval = recorder.intervalSnapshot();
            seen += interval.waitTime("tp0").n() + interval.waitTime("tp1").n();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        ServiceTimes last = recorder.intervalSnapshot();
        seen += last.waitTime("tp0").n() + last.waitTime("tp1").n();
        assertThat(seen).isEqualTo((long) threads * perThread);
        assertThat(recorder.snapshot().waitTime("tp0").n()).isEqualTo(2L * perThread);
    }
}
