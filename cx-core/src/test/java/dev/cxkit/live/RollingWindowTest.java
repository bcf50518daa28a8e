package dev.cxkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

class RollingWindowTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A histogram of {@code n} responses of score 10. */
    private static ScoreHistogram promoters(long n) {
        return ScoreHistogram.of(Scale.NPS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n);
    }

    @Test
    void lastHourByMinuteDropsTheSixtyFirstMinuteAtItsEdge() {
        MutableClock clock = MutableClock.at("2026-05-04T10:00:59.999Z");
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.minutes(60), Scale.NPS, ZoneOffset.UTC, clock);
        window.add(promoters(1)); // slot 10:00
        clock.set("2026-05-04T10:01:00Z");
        window.add(promoters(2)); // slot 10:01, the next one at the very edge
        assertThat(window.slots())
                .extracting(RollingWindow.Slot::start)
                .containsExactly(
                        Instant.parse("2026-05-04T10:00:00Z"),
                        Instant.parse("2026-05-04T10:01:00Z"));
        assertThat(window.slots().get(0).end()).isEqualTo(Instant.parse("2026-05-04T10:01:00Z"));

        clock.set("2026-05-04T10:59:59.999Z");
        assertThat(window.total().n()).isEqualTo(3);
        assertThat(window.start()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
        clock.set("2026-05-04T11:00:00Z"); // the 10:00 slot is now the 61st
        assertThat(window.total()).isEqualTo(promoters(2));
        clock.set("2026-05-04T11:01:00Z");
        assertThat(window.total().isEmpty()).isTrue();
        assertThat(window.slots()).isEmpty();
    }

    @Test
    void slotsMergeExactly() {
        MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.minutes(5), Scale.NPS, ZoneOffset.UTC, clock);
        ScoreHistogram a = ScoreHistogram.of(Scale.NPS, 3, 0, 1, 0, 0, 0, 0, 2, 0, 5, 4);
        ScoreHistogram b = ScoreHistogram.of(Scale.NPS, 0, 1, 0, 0, 7, 0, 0, 0, 2, 0, 1);
        window.add(a);
        clock.advance(Duration.ofSeconds(30));
        window.add(b);
        clock.advance(Duration.ofMinutes(2));
        window.add(a);
        assertThat(window.slots()).hasSize(2);
        assertThat(window.slots().get(0).value()).isEqualTo(a.plus(b));
        assertThat(window.total()).isEqualTo(a.plus(b).plus(a));
    }

    @Test
    void lastThirtyDaysAreCalendarDaysAcrossDaylightSavingChanges() {
        // Amsterdam: 2026-03-29 has 23 hours (02:00 -> 03:00), 2026-10-25 has 25.
        MutableClock clock = MutableClock.at("2026-03-28T22:59:59Z"); // 23:59:59 local, +01:00
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.days(30), Scale.NPS, AMSTERDAM, clock);
        window.add(promoters(1));
        clock.set("2026-03-28T23:00:00Z"); // 00:00 local on the 23-hour day
        window.add(promoters(2));
        clock.set("2026-03-29T21:59:59Z"); // 23:59:59 local, +02:00: still the same day
        window.add(promoters(4));
        List<RollingWindow.Slot<ScoreHistogram>> slots = window.slots();
        assertThat(slots).hasSize(2);
        assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(Duration.between(slots.get(1).start(), slots.get(1).end()))
                .isEqualTo(Duration.ofHours(23));
        assertThat(slots.get(1).value()).isEqualTo(promoters(6));

        // 30 calendar days on, the 2026-03-28 slot is the 31st day and drops out at local
        // midnight (+02:00 now), not 30 x 24 hours after it started.
        clock.set("2026-04-26T21:59:59Z"); // 2026-04-26 23:59:59 local: day 30 counting 03-28
        assertThat(window.total().n()).isEqualTo(7);
        clock.set("2026-04-26T22:00:00Z"); // 2026-04-27 00:00 local
        assertThat(window.total()).isEqualTo(promoters(6));
        assertThat(window.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));

        clock.set("2026-10-24T22:00:00Z"); // 2026-10-25 00:00 local, +02:00: 25-hour day
        window.add(promoters(8));
        RollingWindow.Slot<ScoreHistogram> longDay = window.slots().get(0);
        assertThat(Duration.between(longDay.start(), longDay.end()))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void hourSlotsFollowElapsedTimeAcrossTheAutumnChange() {
        // 2026-10-25 Amsterdam: local 02:00-03:00 happens twice (+02:00, then +01:00).
        MutableClock clock = MutableClock.at("2026-10-25T00:30:00Z"); // 02:30 local, +02:00
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.hours(2), Scale.NPS, AMSTERDAM, clock);
        window.add(promoters(1));
        clock.set("2026-10-25T01:30:00Z"); // 02:30 local again, +01:00
        window.add(promoters(2));
        assertThat(window.slots())
                .extracting(RollingWindow.Slot::start)
                .containsExactly(
                        Instant.parse("2026-10-25T00:00:00Z"),
                        Instant.parse("2026-10-25T01:00:00Z"));
        clock.set("2026-10-25T02:00:00Z"); // 03:00 local: the first 02:00 hour drops out
        assertThat(window.total()).isEqualTo(promoters(2));
    }

    @Test
    void hourSlotsAlignToHalfHourZones() {
        MutableClock clock = MutableClock.at("2026-05-04T10:10:00Z"); // 15:40 in Kolkata
        RollingWindow<ScoreHistogram> window = RollingWindow.ofScores(
                WindowSpec.hours(24), Scale.NPS, ZoneId.of("Asia/Kolkata"), clock);
        window.add(promoters(1));
        assertThat(window.slots().get(0).start()).isEqualTo(Instant.parse("2026-05-04T09:30:00Z"));
    }

    @Test
    void aClockSteppingBackKeepsTheNewestSlotAndExpiresNothing() {
        MutableClock clock = MutableClock.at("2026-05-04T10:05:00Z");
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.minutes(3), Scale.NPS, ZoneOffset.UTC, clock);
        window.add(promoters(1));
        clock.set("2026-05-04T10:00:00Z"); // five minutes back
        window.add(promoters(2)); // goes to the newest slot, 10:05
        assertThat(window.slots()).hasSize(1);
        assertThat(window.slots().get(0).start()).isEqualTo(Instant.parse("2026-05-04T10:05:00Z"));
        assertThat(window.total()).isEqualTo(promoters(3));
        clock.set("2026-05-04T10:06:00Z"); // past it again: time moves on normally
        window.add(promoters(4));
        assertThat(window.total()).isEqualTo(promoters(7));
        clock.set("2026-05-04T10:08:00Z");
        assertThat(window.total()).isEqualTo(promoters(4));
    }

    @Test
    void aForwardJumpLongerThanTheWindowExpiresEverything() {
        MutableClock clock = MutableClock.at("2026-05-04T10:05:00Z");
        RollingWindow<ScoreHistogram> window =
                RollingWindow.ofScores(WindowSpec.minutes(60), Scale.NPS, ZoneOffset.UTC, clock);
        window.add(promoters(1));
        clock.advance(Duration.ofDays(3));
        assertThat(window.total().isEmpty()).isTrue();
    }

    @Test
    void intervalsFromAFleetMergeExactlyByTheirTime() {
        MutableClock clock = MutableClock.at("2026-05-04T10:30:00Z");
        RollingWindow<ScoreHistogram> collector =
                RollingWindow.ofScores(WindowSpec.minutes(10), Scale.NPS, ZoneOffset.UTC, clock);
        ScoreHistogram first = ScoreHistogram.of(Scale.NPS, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3);
        ScoreHistogram second = ScoreHistogram.of(Scale.NPS, 0, 0, 0, 0, 2, 0, 0, 0, 0, 9, 0);
        // Two instances ship their intervals as bytes with their times.
        assertThat(collector.add(
                        Instant.parse("2026-05-04T10:29:10Z"),
                        ScoreHistogram.fromByteArray(first.toByteArray())))
                .isTrue();
        assertThat(collector.add(
                        Instant.parse("2026-05-04T10:29:50Z"),
                        ScoreHistogram.fromByteArray(second.toByteArray())))
                .isTrue();
        assertThat(collector.add(Instant.parse("2026-05-04T10:00:00Z"), first))
                .as("older than the window")
                .isFalse();
        assertThat(collector.slots()).hasSize(1);
        assertThat(collector.total()).isEqualTo(first.plus(second));
    }

    @Test
    void rejectsBadSpecs() {
        assertThatThrownBy(() -> WindowSpec.minutes(0))
                .hasMessage("slots must be in 1..10000, was 0");
        assertThatThrownBy(() -> new WindowSpec(3, java.time.temporal.ChronoUnit.WEEKS))
                .hasMessage("unit must be SECONDS, MINUTES, HOURS or DAYS, was Weeks");
        assertThat(WindowSpec.days(30).name()).isEqualTo("30d");
        assertThat(WindowSpec.minutes(60).name()).isEqualTo("60m");
    }
}
