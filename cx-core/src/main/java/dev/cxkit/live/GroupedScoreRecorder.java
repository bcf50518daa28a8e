package dev.cxkit.live;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A thread-safe recorder of scores per group (touchpoint, channel, any combination of
 * {@link GroupKey}s): one {@link ScoreRecorder} per group, with interval and running
 * snapshots as the {@link GroupedScores} a {@code Scorecard} reads.
 *
 * <p><b>Bound.</b> The recorder holds at most {@code maxGroups} groups, so that a service's
 * memory is bounded whatever keys its input carries. A record for a new group past the bound
 * is handled as the caller chose: {@link GroupOverflow#REJECT} refuses it with an
 * {@link IllegalStateException} and counts it in {@link #rejected()};
 * {@link GroupOverflow#OTHER} records it in the group whose every key value is
 * {@value BoundedGroups#OTHER}, which does not count towards the bound. Memory is about
 * {@code (maxGroups + 1) x stripes x (points + 16) x 8} bytes (one kilobyte per NPS group on
 * four stripes).
 *
 * <p><b>Threads.</b> Recording into a known group is a lock-free map read and a wait-free
 * {@link ScoreRecorder#record(int)}; the first record of a new group takes a lock once.
 * {@link #record(SurveyResponse)} reads the key values into a new list; a hot path that knows
 * its group keeps the group's recorder from {@link #group(List)} and records without
 * allocating. Snapshots never stop writers; every record lands in exactly one interval (a
 * group created during a snapshot is read from its first record on by the next one).
 */
public final class GroupedScoreRecorder {

    private final Scale scale;
    private final List<GroupKey> keys;
    /** The keys' names, for messages. */
    private final List<String> keyNames;

    private final BoundedGroups<List<String>, ScoreRecorder> groups;
    private final Object readLock = new Object();

    private GroupedScoreRecorder(
            Scale scale, List<GroupKey> keys, int maxGroups, GroupOverflow overflow) {
        this.scale = scale;
        this.keys = keys;
        this.keyNames = keys.stream().map(GroupKey::name).toList();
        this.groups = new BoundedGroups<>(
                "group",
                maxGroups,
                overflow,
                BoundedGroups.otherKey(keys.size()),
                () -> ScoreRecorder.create(scale));
    }

    /**
     * {@return an empty recorder of scores on {@code scale} grouped by {@code keys}, holding at
     * most {@code maxGroups} groups and handling more as {@code overflow} says}
     *
     * @param scale the scale the scores lie on
     * @param keys the grouping keys, in order
     * @param maxGroups the most groups held, {@code >= 1}
     * @param overflow what happens to a record of a new group beyond {@code maxGroups}
     * @throws IllegalArgumentException when {@code maxGroups < 1} or two keys share a name
     */
    public static GroupedScoreRecorder create(
            Scale scale, List<GroupKey> keys, int maxGroups, GroupOverflow overflow) {
        Objects.requireNonNull(scale, "scale");
        // GroupedScores checks the keys (distinct names) as it would for an accumulator.
        List<GroupKey> checked = GroupedScores.of(scale, keys, Map.of()).keys();
        return new GroupedScoreRecorder(scale, checked, maxGroups, overflow);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /** {@return the keys, in grouping order} */
    public List<GroupKey> keys() {
        return keys;
    }

    /** {@return most groups held besides the overflow group} */
    public int maxGroups() {
        return groups.maxGroups();
    }

    /** {@return what happens to a new group past the bound} */
    public GroupOverflow overflow() {
        return groups.overflow();
    }

    /** {@return number of groups held, the overflow group included} */
    public int groupCount() {
        return groups.groups().size();
    }

    /**
     * Records refused under {@link GroupOverflow#REJECT}.
     *
     * @return the number of refused records
     */
    public long rejected() {
        return groups.rejected();
    }

    /**
     * Records a response's score in the group of its key values.
     *
     * @param response the survey response, on this scale
     * @throws IllegalArgumentException when the response is on another scale
     * @throws IllegalStateException when its group is new, the recorder full and the policy
     *     {@link GroupOverflow#REJECT}
     */
    public void record(SurveyResponse response) {
        Objects.requireNonNull(response, "response");
        if (!response.scale().equals(scale)) {
            // Checked before the group is looked up, so a refused response creates no group.
            throw new IllegalArgumentException(
                    "scale must be " + scale + " to match this recorder, was " + response.scale());
        }
        List<String> key = new ArrayList<>(keys.size());
        for (GroupKey groupKey : keys) {
            key.add(groupKey.valueOf(response));
        }
        group(key).record(response);
    }

    /**
     * Records {@code score} in the group {@code values}, one value per key.
     *
     * @param values the group's key values, one per key
     * @param score a score on the scale
     * @throws IllegalArgumentException when the score is off the scale (nothing recorded) or
     *     there is not one value per key
     * @throws IllegalStateException as {@link #record(SurveyResponse)}
     */
    public void record(List<String> values, int score) {
        scale.check(score, "score");
        group(values).record(score);
    }

    /**
     * {@return the recorder of group {@code values} (one value per key), created if the bound
     * allows; under {@link GroupOverflow#OTHER} past the bound, the overflow group's recorder}
     * Keeping it spares the map look-up on a hot path.
     *
     * @param values the group's key values, one per key
     * @throws IllegalArgumentException when there is not one non-null value per key
     * @throws IllegalStateException when the group is new, the recorder full and the policy
     *     {@link GroupOverflow#REJECT}
     */
    public ScoreRecorder group(List<String> values) {
        Objects.requireNonNull(values, "values");
        checkArgument(
                values.size() == keys.size(),
                "group must have %s values, one per key %s, had %s",
                keys.size(),
                keyNames,
                values.size());
        ScoreRecorder recorder = groups.groups().get(values);
        return recorder != null ? recorder : groups.get(List.copyOf(values));
    }

    /** {@return the scores recorded per group since the previous call (since creation at first)} */
    public GroupedScores intervalSnapshot() {
        return read(ScoreRecorder::intervalSnapshot);
    }

    /**
     * {@return every score recorded per group since creation; does not change the next interval}
     */
    public GroupedScores snapshot() {
        return read(ScoreRecorder::snapshot);
    }

    private GroupedScores read(Function<ScoreRecorder, ScoreHistogram> snapshot) {
        synchronized (readLock) {
            Map<List<String>, ScoreHistogram> histograms = new HashMap<>();
            groups.groups()
                    .forEach((key, recorder) -> histograms.put(key, snapshot.apply(recorder)));
            return GroupedScores.of(scale, keys, histograms);
        }
    }

    @Override
    public String toString() {
        return "GroupedScoreRecorder{" + scale + " by "
                + keys.stream().map(GroupKey::name).toList() + ", " + groupCount() + " of at most "
                + maxGroups() + " groups, "
                + overflow() + "}";
    }
}
