package dev.cxkit.journey;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Journey;

import java.util.Map;

/**
 * The merge laws for service measures, by touchpoint and by channel: counts add and measured
 * durations are pooled, so merged results equal the results of the whole exactly, percentiles
 * included. No binary form yet: the state keeps every measured duration.
 */
class ServiceAccumulatorContractTest
        extends JourneyMergeContract<ServiceAccumulator, ServiceAccumulatorContractTest.Levels> {

    /** Both views of a service accumulator. */
    record Levels(Map<String, ServiceLevel> byTouchpoint, Map<Channel, ServiceLevel> byChannel) {}

    @Override
    protected ServiceAccumulator create() {
        return ServiceAccumulator.create(Fixtures.CATALOGUE, DAY);
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
    protected Levels snapshot(ServiceAccumulator accumulator) {
        return new Levels(accumulator.byTouchpoint(), accumulator.byChannel());
    }
}
