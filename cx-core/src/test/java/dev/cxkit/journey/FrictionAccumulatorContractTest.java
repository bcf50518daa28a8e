package dev.cxkit.journey;

import dev.cxkit.model.Journey;
import dev.cxkit.score.StateFormContract;
import dev.cxkit.testing.Property.Trial;

import java.util.List;
import java.util.OptionalInt;

/**
 * The accumulator laws for friction evidence, over {@link RandomJourneys}: counts add, so merged
 * reports equal the report of the whole exactly, and the binary form is of the state (per
 * touchpoint, a score histogram per instrument and four counts; {@link
 * FrictionAccumulator#toByteArray()}), whose bytes are equal for equal states.
 */
class FrictionAccumulatorContractTest
        extends StateFormContract<FrictionAccumulator, FrictionReport, Journey> {

    @Override
    protected FrictionAccumulator create() {
        return FrictionAccumulator.create(Fixtures.CATALOGUE, JourneyForms.DAY);
    }

    @Override
    protected List<Journey> items(Trial trial, int size) {
        return RandomJourneys.of(trial, size);
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
    protected FrictionReport result(FrictionAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected byte[] toByteArray(FrictionAccumulator accumulator) {
        return accumulator.toByteArray();
    }

    @Override
    protected FrictionAccumulator fromByteArray(byte[] bytes) {
        return FrictionAccumulator.fromByteArray(Fixtures.CATALOGUE, bytes);
    }

    /** The interactions of the first touchpoint, after the header and the scope. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(JourneyForms.bodyOffset(Fixtures.CATALOGUE));
    }
}
