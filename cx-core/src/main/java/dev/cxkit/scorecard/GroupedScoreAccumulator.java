package dev.cxkit.scorecard;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * One pass over survey responses into a score histogram per combination of {@link GroupKey}
 * values; {@link #snapshot()} gives the immutable {@link GroupedScores} a {@link Scorecard}
 * reads.
 *
 * <p>Not thread-safe: give each thread its own accumulator and {@link #merge} them (exact,
 * associative, commutative), as {@link #toGroupedScores(Scale, List)} does on a parallel
 * stream. A response on another scale is rejected with an {@link IllegalArgumentException}.
 * Survey weights are ignored: scorecard rows count responses.
 */
public final class GroupedScoreAccumulator {

    private final Scale scale;
    private final List<GroupKey> keys;
    private final Map<List<String>, ScoreAccumulator> groups = new HashMap<>();

    private GroupedScoreAccumulator(Scale scale, List<GroupKey> keys) {
        this.scale = scale;
        this.keys = keys;
    }

    /**
     * {@return an empty accumulator for scores on {@code scale} grouped by {@code keys} (none: one
     * group of everything)}
     *
     * @param scale the scale the scores lie on
     * @param keys the grouping keys, in order
     * @throws IllegalArgumentException when two keys share a name
     */
    public static GroupedScoreAccumulator create(Scale scale, List<GroupKey> keys) {
        Objects.requireNonNull(scale, "scale");
        return new GroupedScoreAccumulator(scale, GroupedScores.checkKeys(keys));
    }

    /**
     * {@return a collector of responses into grouped histograms; safe on parallel streams}
     *
     * @param scale the scale the scores lie on
     * @param keys the grouping keys, in order
     */
    public static Collector<SurveyResponse, GroupedScoreAccumulator, GroupedScores> toGroupedScores(
            Scale scale, List<GroupKey> keys) {
        Objects.requireNonNull(scale, "scale");
        GroupedScores.checkKeys(keys);
        return Collector.of(
                () -> create(scale, keys),
                GroupedScoreAccumulator::add,
                GroupedScoreAccumulator::merge,
                GroupedScoreAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Adds a response to the group of its key values.
     *
     * @param response the survey response
     * @return this accumulator
     */
    public GroupedScoreAccumulator add(SurveyResponse response) {
        Objects.requireNonNull(response, "response");
        List<String> key = new ArrayList<>(keys.size());
        for (GroupKey groupKey : keys) {
            key.add(groupKey.valueOf(response));
        }
        ScoreAccumulator group = groups.get(key);
        if (group == null) {
            group = ScoreAccumulator.create(scale);
            group.add(response);
            groups.put(List.copyOf(key), group);
        } else {
            group.add(response);
        }
        return this;
    }

    /**
     * Adds every response.
     *
     * @param responses the survey responses
     * @return this accumulator
     */
    public GroupedScoreAccumulator addAll(Iterable<SurveyResponse> responses) {
        for (SurveyResponse response : Objects.requireNonNull(responses, "responses")) {
            add(response);
        }
        return this;
    }

    /**
     * Adds the groups of {@code other}, which must have the same scale and key names.
     *
     * @param other the accumulator whose groups are added; unchanged
     * @return this accumulator
     */
    public GroupedScoreAccumulator merge(GroupedScoreAccumulator other) {
        Objects.requireNonNull(other, "other");
        GroupedScores.requireCompatible(scale, keys, other.scale, other.keys);
        other.groups.forEach((key, histogram) ->
                groups.computeIfAbsent(key, k -> ScoreAccumulator.create(scale)).merge(histogram));
        return this;
    }

    /**
     * Adds the groups of {@code scores}, for instance partial results decoded with
     * {@link GroupedScores#fromByteArray(byte[])}; they must have the same scale and key names.
     *
     * @param scores the grouped scores whose groups are added
     * @return this accumulator
     */
    public GroupedScoreAccumulator merge(GroupedScores scores) {
        Objects.requireNonNull(scores, "scores");
        GroupedScores.requireCompatible(scale, keys, scores.scale(), scores.keys());
        scores.groups()
                .forEach((key, histogram) -> groups.computeIfAbsent(
                                key, k -> ScoreAccumulator.create(scale))
                        .merge(histogram));
        return this;
    }

    /** {@return the grouped histograms so far; later additions do not change them} */
    public GroupedScores snapshot() {
        Map<List<String>, ScoreHistogram> histograms = new HashMap<>();
        groups.forEach((key, accumulator) -> histograms.put(key, accumulator.snapshot()));
        return GroupedScores.of(scale, keys, histograms);
    }
}
