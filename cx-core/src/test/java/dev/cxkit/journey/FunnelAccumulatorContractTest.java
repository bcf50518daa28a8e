package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.score.MergeContract;
import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;

/**
 * The merge laws for the stage funnel, over interactions of a few customers at the touchpoints
 * of {@link Fixtures#CATALOGUE} in any order. The funnel has no binary form: its mergeable state
 * is each customer's first time per stage, not a summary. No column method: batches add one
 * interaction at a time.
 */
class FunnelAccumulatorContractTest
        extends MergeContract<FunnelAccumulator, Funnel, List<Interaction>> {

    private static final String[] TOUCHPOINTS = {"ad", "shop", "hotline", "chat"};

    @Override
    protected FunnelAccumulator create() {
        return FunnelAccumulator.create(Fixtures.CATALOGUE);
    }

    @Override
    protected List<Interaction> data(Trial trial, int size) {
        List<Interaction> interactions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            interactions.add(Fixtures.at(
                    "c" + trial.intIn(0, 30),
                    TOUCHPOINTS[trial.intIn(0, TOUCHPOINTS.length - 1)],
                    trial.intIn(0, 200) / 2.0));
        }
        return interactions;
    }

    @Override
    protected void addEach(
            FunnelAccumulator accumulator, List<Interaction> data, int from, int to) {
        data.subList(from, to).forEach(accumulator::add);
    }

    @Override
    protected void addBatch(
            FunnelAccumulator accumulator, List<Interaction> data, int from, int to) {
        addEach(accumulator, data, from, to);
    }

    @Override
    protected void merge(FunnelAccumulator into, FunnelAccumulator other) {
        into.merge(other);
    }

    @Override
    protected Funnel snapshot(FunnelAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected Funnel collect(List<Interaction> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        this::create,
                        FunnelAccumulator::add,
                        FunnelAccumulator::merge,
                        FunnelAccumulator::snapshot,
                        Collector.Characteristics.UNORDERED));
    }
}
