package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.SegmentedScoreAccumulator;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Score histograms per combination of {@link GroupKey} values, in key order (components
 * compared in turn as strings, so period labels sort in time order). Groups are never empty.
 * Built by a {@link GroupedScoreAccumulator}, from a {@link SegmentedScoreAccumulator}'s
 * columns ({@link #ofSegments}), or from histograms ({@link #of}).
 *
 * <p>Immutable and thread-safe; equal when scales, key names and histograms are equal.
 */
public final class GroupedScores {

    private final Scale scale;
    private final List<GroupKey> keys;
    private final Map<List<String>, ScoreHistogram> groups;

    private GroupedScores(
            Scale scale, List<GroupKey> keys, Map<List<String>, ScoreHistogram> groups) {
        this.scale = scale;
        this.keys = keys;
        this.groups = groups;
    }

    /**
     * {@return the groups {@code histograms}, each keyed by one value per key; empty histograms are
     * left out}
     *
     * @param scale the scale the scores lie on
     * @param keys the grouping keys, in order
     * @param histograms the histogram of each group, by its key values
     * @throws IllegalArgumentException when a key has the wrong number of values, a histogram
     *     another scale, or two keys share a name
     */
    public static GroupedScores of(
            Scale scale, List<GroupKey> keys, Map<List<String>, ScoreHistogram> histograms) {
        Objects.requireNonNull(scale, "scale");
        List<GroupKey> checkedKeys = checkKeys(keys);
        Map<List<String>, ScoreHistogram> sorted = new TreeMap<>(GroupedScores::compareKeys);
        List<String> names = names(checkedKeys);
        Objects.requireNonNull(histograms, "histograms").forEach((key, histogram) -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(histogram, "histogram");
            checkArgument(
                    key.size() == names.size(),
                    "group key %s must have %s values, one per key %s, had %s",
                    key,
                    names.size(),
                    names,
                    key.size());
            checkArgument(
                    histogram.scale().equals(scale),
                    "histogram of group %s must be on scale %s, was %s",
                    key,
                    scale,
                    histogram.scale());
            if (!histogram.isEmpty()) {
                sorted.put(List.copyOf(key), histogram);
            }
        });
        return new GroupedScores(scale, checkedKeys, Collections.unmodifiableMap(sorted));
    }

    /**
     * {@return the groups of a columnar pass: segment {@code i} of {@code segments} is the group
     * keyed {@code segmentKeys.get(i)}; segments without responses are left out}
     *
     * @param keys the grouping keys, in order
     * @param segmentKeys the key values of each segment, one list per segment
     * @param segments the accumulator of the columnar pass
     * @throws IllegalArgumentException when there is not one key per segment, or keys repeat
     */
    public static GroupedScores ofSegments(
            List<GroupKey> keys,
            List<List<String>> segmentKeys,
            SegmentedScoreAccumulator segments) {
        Objects.requireNonNull(segmentKeys, "segmentKeys");
        Objects.requireNonNull(segments, "segments");
        checkArgument(
                segmentKeys.size() == segments.segments(),
                "segmentKeys must have %s entries, one per segment, had %s",
                segments.segments(),
                segmentKeys.size());
        Map<List<String>, ScoreHistogram> histograms = new HashMap<>();
        for (int segment = 0; segment < segmentKeys.size(); segment++) {
            List<String> key = segmentKeys.get(segment);
            checkArgument(
                    histograms.put(key, segments.histogram(segment)) == null,
                    "segmentKeys must be distinct, %s repeats at %s",
                    key,
                    segment);
        }
        return of(segments.scale(), keys, histograms);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /** {@return the keys, in grouping order} */
    public List<GroupKey> keys() {
        return keys;
    }

    /** {@return the histogram per group key, in key order; no group is empty} */
    public Map<List<String>, ScoreHistogram> groups() {
        return groups;
    }

    /** {@return the histogram of all responses} */
    public ScoreHistogram total() {
        ScoreAccumulator total = ScoreAccumulator.create(scale);
        groups.values().forEach(total::merge);
        return total.snapshot();
    }

    /**
     * {@return the binary form: scale, key names and periods, and each group's key values and
     * counts, in key order; the layout (version 1, magic {@code "CXGS"}) is described in
     * {@code GroupedScoresForm}} Equal results have equal bytes.
     *
     * @throws IllegalArgumentException when a key name or value is longer than 65535 UTF-8 bytes
     */
    public byte[] toByteArray() {
        return GroupedScoresForm.encode(this);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes. The keys of the result have the encoded names and
     * periods but read no responses (their extractor throws {@link IllegalStateException});
     * merge the result into a {@link GroupedScoreAccumulator} to add more.
     *
     * @param bytes the encoded grouped scores
     * @return the decoded grouped scores
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or
     *     length, an invalid scale, repeated key names, an unknown period, groups out of key
     *     order or repeated, an empty group, negative or overflowing counts
     */
    public static GroupedScores fromByteArray(byte[] bytes) {
        return GroupedScoresForm.decode(bytes);
    }

    static List<GroupKey> checkKeys(List<GroupKey> keys) {
        List<GroupKey> copy = List.copyOf(Objects.requireNonNull(keys, "keys"));
        Set<String> names = new HashSet<>();
        for (GroupKey key : copy) {
            checkArgument(
                    names.add(key.name()),
                    "keys must have distinct names, '%s' repeats",
                    key.name());
        }
        return copy;
    }

    static void requireCompatible(
            Scale scale, List<GroupKey> keys, Scale otherScale, List<GroupKey> otherKeys) {
        List<String> names = names(keys);
        List<String> otherNames = names(otherKeys);
        checkArgument(
                scale.equals(otherScale) && names.equals(otherNames),
                "groups must be on %s by %s to merge, were on %s by %s",
                scale,
                names,
                otherScale,
                otherNames);
    }

    static List<String> names(List<GroupKey> keys) {
        return keys.stream().map(GroupKey::name).toList();
    }

    static int compareKeys(List<String> first, List<String> second) {
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            int order = first.get(i).compareTo(second.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(first.size(), second.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupedScores grouped
                && scale.equals(grouped.scale)
                && names(keys).equals(names(grouped.keys))
                && groups.equals(grouped.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, names(keys), groups);
    }

    @Override
    public String toString() {
        return "GroupedScores{" + scale + " by " + names(keys) + ", " + groups.size() + " groups}";
    }
}
