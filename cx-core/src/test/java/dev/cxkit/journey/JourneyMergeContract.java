package dev.cxkit.journey;

import dev.cxkit.model.Journey;
import dev.cxkit.score.MergeContract;
import dev.cxkit.testing.Property.Trial;

import java.time.Duration;
import java.util.List;

/**
 * {@link MergeContract}'s laws for the accumulators that take whole journeys over {@link
 * Fixtures#CATALOGUE} with a one-day {@link RepeatContact} rule, over {@link RandomJourneys}:
 * each journey goes to one part, as repeat contacts require. Batches are parts of their own,
 * merged in.
 *
 * @param <A> the accumulator
 * @param <R> its result
 */
abstract class JourneyMergeContract<A, R> extends MergeContract<A, R, List<Journey>> {

    static final RepeatContact DAY = RepeatContact.within(Duration.ofHours(24));

    /** Adds one journey. */
    protected abstract void add(A accumulator, Journey journey);

    @Override
    protected final List<Journey> data(Trial trial, int size) {
        return RandomJourneys.of(trial, size);
    }

    @Override
    protected final void addEach(A accumulator, List<Journey> data, int from, int to) {
        for (Journey journey : data.subList(from, to)) {
            add(accumulator, journey);
        }
    }

    @Override
    protected final void addBatch(A accumulator, List<Journey> data, int from, int to) {
        A part = create();
        addEach(part, data, from, to);
        merge(accumulator, part);
    }

    @Override
    protected final R collect(List<Journey> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream).collect(collector(this::add));
    }
}
