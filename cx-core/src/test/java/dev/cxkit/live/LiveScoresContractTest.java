package dev.cxkit.live;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.testing.Property.Trial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The accumulator laws for live scores by touchpoint: responses recorded into one instance (some
 * drained by a {@link LiveScores#refresh()} on the way) and other instances' totals merged in
 * with {@link LiveScores#merge(Instant, GroupedScores)} give the total of recording everything
 * in one. Partial results cross processes as {@link GroupedScores#toByteArray()} and combine
 * with {@link LiveScores#merge(GroupedScores, GroupedScores)}.
 */
class LiveScoresContractTest
        extends AccumulatorContract<LiveScores, GroupedScores, List<SurveyResponse>> {

    private static final String[] TOUCHPOINTS = {"web", "app", "loja-são-paulo", "电话"};
    private static final MutableClock CLOCK = MutableClock.at("2026-03-01T12:00:00Z");

    @Override
    protected LiveScores create() {
        return LiveScores.builder(Scale.NPS)
                .keys(GroupKey.touchpoint())
                .window(WindowSpec.minutes(60))
                .clock(CLOCK)
                .build();
    }

    @Override
    protected List<SurveyResponse> data(Trial trial, int size) {
        List<SurveyResponse> responses = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            SurveyResponse response =
                    SurveyResponse.of("c" + i, CLOCK.instant(), Scale.NPS, trial.intIn(0, 10));
            int touchpoint = trial.intIn(0, TOUCHPOINTS.length);
            responses.add(
                    touchpoint == TOUCHPOINTS.length
                            ? response
                            : response.withTouchpoint(TOUCHPOINTS[touchpoint]));
        }
        return responses;
    }

    @Override
    protected void addEach(LiveScores live, List<SurveyResponse> data, int from, int to) {
        for (SurveyResponse response : data.subList(from, to)) {
            live.record(response);
        }
    }

    /** Records the first half, drains it into the windows and the total, records the rest. */
    @Override
    protected void addBatch(LiveScores live, List<SurveyResponse> data, int from, int to) {
        int half = from + (to - from) / 2;
        addEach(live, data, from, half);
        live.refresh();
        addEach(live, data, half, to);
    }

    @Override
    protected void merge(LiveScores into, LiveScores other) {
        into.merge(CLOCK.instant(), other.total());
    }

    @Override
    protected GroupedScores snapshot(LiveScores live) {
        return live.total();
    }

    @Override
    protected GroupedScores collect(List<SurveyResponse> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream).collect(collector(LiveScores::record));
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
        return LiveScores.merge(first, second);
    }
}
