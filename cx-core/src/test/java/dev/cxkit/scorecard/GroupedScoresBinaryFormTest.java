package dev.cxkit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The binary form of grouped scores: what it keeps, and each malformed input it refuses. */
class GroupedScoresBinaryFormTest {

    private static final Scale SCALE = Scale.of("stars", 1, 3);
    private static final GroupKey PLAN = GroupKey.of("plan", response -> "basic");

    /** magic, version, scale name "stars", min, max, key count, key "plan", period byte. */
    private static final int GROUP_COUNT_OFFSET = 4 + 1 + 2 + 5 + 4 + 4 + 4 + 2 + 4 + 1;

    private static GroupedScores plans(Map<List<String>, ScoreHistogram> groups) {
        return GroupedScores.of(SCALE, List.of(PLAN), groups);
    }

    @Test
    void keepsEveryCalendarPeriodOfItsKeys() {
        for (CalendarPeriod period : CalendarPeriod.values()) {
            GroupKey key = GroupKey.period(period, ZoneOffset.UTC);
            GroupedScores scores = GroupedScoreAccumulator.create(Scale.NPS, List.of(key))
                    .add(SurveyResponse.of(
                            "c", Instant.parse("2026-03-04T05:06:07Z"), Scale.NPS, 9))
                    .snapshot();
            GroupedScores decoded = GroupedScores.fromByteArray(scores.toByteArray());
            assertThat(decoded).isEqualTo(scores);
            assertThat(decoded.keys().get(0).period()).contains(period);
            assertThat(decoded.keys().get(0).name()).isEqualTo(key.name());
        }
    }

    @Test
    void keepsNoKeysAndNoGroups() {
        GroupedScores none = GroupedScores.of(Scale.CES, List.of(), Map.of());
        assertThat(GroupedScores.fromByteArray(none.toByteArray())).isEqualTo(none);
        GroupedScores all = GroupedScores.of(
                Scale.CES,
                List.of(),
                Map.of(List.of(), ScoreHistogram.of(Scale.CES, 1, 0, 0, 0, 0, 0, 2)));
        assertThat(GroupedScores.fromByteArray(all.toByteArray())).isEqualTo(all);
    }

    @Test
    void decodedKeysReadNoResponsesButMergeIntoTheOriginalKeys() {
        GroupedScores scores = plans(Map.of(List.of("basic"), ScoreHistogram.of(SCALE, 1, 2, 3)));
        GroupedScores decoded = GroupedScores.fromByteArray(scores.toByteArray());
        SurveyResponse response = SurveyResponse.of("c", Instant.EPOCH, SCALE, 3);
        assertThatThrownBy(() -> decoded.keys().get(0).valueOf(response))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key 'plan' was decoded from bytes");
        GroupedScores merged = GroupedScoreAccumulator.create(SCALE, List.of(PLAN))
                .merge(decoded)
                .add(response)
                .snapshot();
        assertThat(merged.groups())
                .containsExactly(Map.entry(List.of("basic"), ScoreHistogram.of(SCALE, 1, 2, 4)));
    }

    @Test
    void mergingResultsOfOtherScalesOrKeysIsRefused() {
        GroupedScoreAccumulator accumulator = GroupedScoreAccumulator.create(SCALE, List.of(PLAN));
        assertThatThrownBy(() ->
                        accumulator.merge(GroupedScores.of(Scale.NPS, List.of(PLAN), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be on stars 1..3 by [plan] to merge, were on nps");
        assertThatThrownBy(() -> accumulator.merge(GroupedScores.of(SCALE, List.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("by [plan] to merge");
    }

    @Test
    void refusesGroupsOutOfOrderOrRepeated() {
        byte[] ordered = plans(Map.of(
                        List.of("a"), ScoreHistogram.of(SCALE, 1, 0, 0),
                        List.of("b"), ScoreHistogram.of(SCALE, 0, 1, 0)))
                .toByteArray();
        int groupBytes = 2 + 1 + 3 * 8;
        byte[] swapped = ordered.clone();
        int first = GROUP_COUNT_OFFSET + 4;
        System.arraycopy(ordered, first + groupBytes, swapped, first, groupBytes);
        System.arraycopy(ordered, first, swapped, first + groupBytes, groupBytes);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(swapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "GroupedScores groups must be in ascending key order without repeats, [a] follows [b]");
        byte[] repeated = ordered.clone();
        repeated[first + groupBytes + 2] = 'a';
        assertThatThrownBy(() -> GroupedScores.fromByteArray(repeated))
                .hasMessageContaining("[a] follows [a]");
    }

    @Test
    void refusesEmptyGroupsNegativeAndOverflowingCounts() {
        byte[] one =
                plans(Map.of(List.of("a"), ScoreHistogram.of(SCALE, 1, 0, 0))).toByteArray();
        int counts = GROUP_COUNT_OFFSET + 4 + 2 + 1;
        byte[] empty = one.clone();
        ByteBuffer.wrap(empty).putLong(counts, 0);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GroupedScores group [a] must hold a response, held none");
        byte[] negative = one.clone();
        ByteBuffer.wrap(negative).putLong(counts + 8, -2);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "GroupedScores bytes hold an invalid group [a]: count of score 2 must be >= 0, was -2");
        byte[] overflow = one.clone();
        ByteBuffer.wrap(overflow).putLong(counts, Long.MAX_VALUE).putLong(counts + 8, 1);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(overflow))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GroupedScores bytes hold an invalid group [a]")
                .hasMessageContaining("must sum to at most " + Long.MAX_VALUE);
    }

    @Test
    void refusesInvalidScalesKeysAndPeriods() {
        byte[] good = plans(Map.of()).toByteArray();
        byte[] scale = good.clone();
        ByteBuffer.wrap(scale).putInt(4 + 1 + 2 + 5, 4);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GroupedScores bytes hold an invalid scale: ");
        byte[] period = good.clone();
        period[GROUP_COUNT_OFFSET - 1] = 6;
        assertThatThrownBy(() -> GroupedScores.fromByteArray(period))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GroupedScores period of key 'plan' must be in 0..5, was 6");
        byte[] blankKey = good.clone();
        Arrays.fill(blankKey, GROUP_COUNT_OFFSET - 5, GROUP_COUNT_OFFSET - 1, (byte) ' ');
        assertThatThrownBy(() -> GroupedScores.fromByteArray(blankKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "GroupedScores bytes hold an invalid key: name must not be blank, was '    '");
        byte[] twoKeys = GroupedScores.of(
                        SCALE, List.of(PLAN, GroupKey.of("plam", r -> "x")), Map.of())
                .toByteArray();
        twoKeys[GROUP_COUNT_OFFSET + 2 + 3] = 'n';
        assertThatThrownBy(() -> GroupedScores.fromByteArray(twoKeys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "GroupedScores bytes hold an invalid key list: keys must have distinct names, 'plan' repeats");
    }

    @Test
    void refusesAGroupCountTheBytesCannotHold() {
        byte[] huge = plans(Map.of()).toByteArray();
        ByteBuffer.wrap(huge).putInt(GROUP_COUNT_OFFSET, Integer.MAX_VALUE);
        assertThatThrownBy(() -> GroupedScores.fromByteArray(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "GroupedScores bytes are truncated: " + Integer.MAX_VALUE + " groups need");
    }
}
