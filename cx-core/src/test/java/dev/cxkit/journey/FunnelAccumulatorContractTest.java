package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.score.StateFormContract;
import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;

/**
 * The accumulator laws for the stage funnel, over interactions of a few customers at the
 * touchpoints of {@link Fixtures#CATALOGUE} in any order, many at the same half hour. The
 * binary form is of the accumulator's state, each customer's first time per stage ({@link
 * FunnelAccumulator#toByteArray()}): a funnel's rates do not merge.
 */
class FunnelAccumulatorContractTest
        extends StateFormContract<FunnelAccumulator, Funnel, Interaction> {

    private static final String[] TOUCHPOINTS = {"ad", "shop", "hotline", "chat"};

    @Override
    protected FunnelAccumulator create() {
        return FunnelAccumulator.create(Fixtures.CATALOGUE);
    }

    @Override
    protected List<Interaction> items(Trial trial, int size) {
        List<Interaction> interactions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            interactions.add(Fixtures.at(
                    "c" + trial.intIn(0, 30),
                    TOUCHPOINTS[trial.intIn(0, TOUCHPOINTS.length - 1)],
                    trial.intIn(-200, 200) / 2.0));
        }
        return interactions;
    }

    @Override
    protected void add(FunnelAccumulator accumulator, Interaction interaction) {
        accumulator.add(interaction);
    }

    @Override
    protected void merge(FunnelAccumulator into, FunnelAccumulator other) {
        into.merge(other);
    }

    @Override
    protected Funnel result(FunnelAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected byte[] toByteArray(FunnelAccumulator accumulator) {
        return accumulator.toByteArray();
    }

    @Override
    protected FunnelAccumulator fromByteArray(byte[] bytes) {
        return FunnelAccumulator.fromByteArray(Fixtures.CATALOGUE, bytes);
    }
}
