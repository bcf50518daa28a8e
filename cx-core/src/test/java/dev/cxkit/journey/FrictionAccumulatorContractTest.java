package dev.cxkit.journey;

import dev.cxkit.model.Journey;

/**
 * The merge laws for friction evidence: counts add, so merged reports equal the report of the
 * whole exactly. No binary form yet: the state is, per touchpoint, four score histograms and
 * four counts.
 */
class FrictionAccumulatorContractTest
        extends JourneyMergeContract<FrictionAccumulator, FrictionReport> {

    @Override
    protected FrictionAccumulator create() {
        return FrictionAccumulator.create(Fixtures.CATALOGUE, DAY);
    }

    @Override
    protected void add(FrictionAccumulator accumulator, Journey journey) {
        accumulator.add(journey);
    }

    @Override
    protected void merge(FrictionAccumulator into, FrictionAccumulator other) {
        into.merge(other);
    }

    @Override
    protected FrictionReport snapshot(FrictionAccumulator accumulator) {
        return accumulator.snapshot();
    }
}
