package dev.cxkit.journey;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Journey;
import dev.cxkit.score.StateFormContract;
import dev.cxkit.testing.Property.Trial;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The accumulator laws for service measures, by touchpoint and by channel, over {@link
 * RandomJourneys}: counts add and measured durations are pooled, so merged results equal the
 * results of the whole exactly, percentiles included. The binary form is of the state ({@link
 * ServiceAccumulator#toByteArray()}: counts and every measured duration, in order), whose bytes
 * are equal for equal states.
 */
class ServiceAccumulatorContractTest
        extends StateFormContract<
                ServiceAccumulator, ServiceAccumulatorContractTest.Levels, Journey> {

    /** Both views of a service accumulator. */
    record Levels(Map<String, ServiceLevel> byTouchpoint, Map<Channel, ServiceLevel> byChannel) {}

    @Override
    protected ServiceAccumulator create() {
        return ServiceAccumulator.create(Fixtures.CATALOGUE, JourneyForms.DAY);
    }

    @Override
    protected List<Journey> items(Trial trial, int size) {
        return RandomJourneys.of(trial, size);
    }

    @Override
    protected void add(ServiceAccumulator accumulator, Journey journey) {
        accumulator.add(journey);
    }

    @Override
    protected void merge(ServiceAccumulator into, ServiceAccumulator other) {
        into.merge(other);
    }

    @Override
    protected Levels result(ServiceAccumulator accumulator) {
        return new Levels(accumulator.byTouchpoint(), accumulator.byChannel());
    }

    @Override
    protected byte[] toByteArray(ServiceAccumulator accumulator) {
        return accumulator.toByteArray();
    }

    @Override
    protected ServiceAccumulator fromByteArray(byte[] bytes) {
        return ServiceAccumulator.fromByteArray(Fixtures.CATALOGUE, bytes);
    }

    /** The interactions of the first touchpoint, after the header and the scope. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(JourneyForms.bodyOffset(Fixtures.CATALOGUE));
    }
}
