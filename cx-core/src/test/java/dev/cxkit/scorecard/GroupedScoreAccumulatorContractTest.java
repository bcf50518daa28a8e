package dev.cxkit.scorecard;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The accumulator laws for grouped scores, by touchpoint (ids with non-ASCII letters) and month;
 * the binary form is {@link GroupedScores#toByteArray()}.
 */
class GroupedScoreAccumulatorContractTest
        extends AccumulatorContract<GroupedScoreAccumulator, GroupedScores, List<SurveyResponse>> {

    private static final String[] TOUCHPOINTS = {"web", "app", "loja-são-paulo", "电话", "chat"};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<GroupKey> KEYS =
            List.of(GroupKey.touchpoint(), GroupKey.period(CalendarPeriod.MONTH, ZoneOffset.UTC));

    @Override
    protected GroupedScoreAccumulator create() {
        return GroupedScoreAccumulator.create(Scale.NPS, KEYS);
    }

    @Override
    protected List<SurveyResponse> data(Trial trial, int size) {
        List<SurveyResponse> responses = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            SurveyResponse response = SurveyResponse.of(
                    "c" + i,
                    START.plus(Duration.ofDays(trial.intIn(0, 100))),
                    Scale.NPS,
                    trial.intIn(0, 10));
            int touchpoint = trial.intIn(0, TOUCHPOINTS.length);
            responses.add(
                    touchpoint == TOUCHPOINTS.length
                            ? response
                            : response.withTouchpoint(TOUCHPOINTS[touchpoint]));
        }
        return responses;
    }

    @Override
    protected void addEach(
            GroupedScoreAccumulator accumulator, List<SurveyResponse> data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data.get(i));
        }
    }

    @Override
    protected void addBatch(
            GroupedScoreAccumulator accumulator, List<SurveyResponse> data, int from, int to) {
        accumulator.addAll(data.subList(from, to));
    }

    /** Alternately through the accumulator and through its result, as a process would merge decoded bytes. */
    @Override
    protected void merge(GroupedScoreAccumulator into, GroupedScoreAccumulator other) {
        GroupedScores groups = other.snapshot();
        if (groups.total().n() % 2 == 0) {
            into.merge(other);
        } else {
            into.merge(groups);
        }
    }

    @Override
    protected GroupedScores snapshot(GroupedScoreAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected GroupedScores collect(List<SurveyResponse> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(GroupedScoreAccumulator.toGroupedScores(Scale.NPS, KEYS));
    }

    @Override
    protected List<byte[]> encode(GroupedScores result) {
        return List.of(result.toByteArray());
    }

    @Override
    protected GroupedScores decode(List<byte[]> parts) {
        return GroupedScores.fromByteArray(parts.get(0));
    }

    @Override
    protected GroupedScores combine(GroupedScores first, GroupedScores second) {
        return create().merge(first).merge(second).snapshot();
    }
}
