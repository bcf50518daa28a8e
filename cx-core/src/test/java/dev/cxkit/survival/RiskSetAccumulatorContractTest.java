package dev.cxkit.survival;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * The accumulator laws for risk-set tables, on durations with many ties (half-day steps) and
 * events and censorings at the same times; the binary form is {@link RiskSets#toByteArray()}.
 */
class RiskSetAccumulatorContractTest
        extends AccumulatorContract<
                RiskSetAccumulator, RiskSets, RiskSetAccumulatorContractTest.Subjects> {

    /** Durations and event flags side by side. */
    record Subjects(double[] durations, boolean[] events) {}

    @Override
    protected RiskSetAccumulator create() {
        return RiskSetAccumulator.create();
    }

    @Override
    protected Subjects data(Trial trial, int size) {
        double[] durations = new double[size];
        boolean[] events = new boolean[size];
        for (int i = 0; i < size; i++) {
            durations[i] = trial.intIn(0, 60) / 2.0;
            events[i] = trial.random().nextBoolean();
        }
        return new Subjects(durations, events);
    }

    @Override
    protected void addEach(RiskSetAccumulator accumulator, Subjects data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data.durations()[i], data.events()[i]);
        }
    }

    @Override
    protected void addBatch(RiskSetAccumulator accumulator, Subjects data, int from, int to) {
        accumulator.addAll(
                Arrays.copyOfRange(data.durations(), from, to),
                Arrays.copyOfRange(data.events(), from, to));
    }

    /** Alternately through the accumulator and through its table, as a process would merge decoded bytes. */
    @Override
    protected void merge(RiskSetAccumulator into, RiskSetAccumulator other) {
        if (other.snapshot().subjects() % 2 == 0) {
            into.merge(other);
        } else {
            into.merge(other.snapshot());
        }
    }

    @Override
    protected RiskSets snapshot(RiskSetAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected RiskSets collect(Subjects data, int size, boolean parallel) {
        Collector<Integer, RiskSetAccumulator, RiskSets> collector = Collector.of(
                RiskSetAccumulator::create,
                (accumulator, i) -> accumulator.add(data.durations()[i], data.events()[i]),
                RiskSetAccumulator::merge,
                RiskSetAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
        IntStream indices = IntStream.range(0, size);
        return (parallel ? indices.parallel() : indices).boxed().collect(collector);
    }

    @Override
    protected List<byte[]> encode(RiskSets result) {
        return List.of(result.toByteArray());
    }

    @Override
    protected RiskSets decode(List<byte[]> parts) {
        return RiskSets.fromByteArray(parts.get(0));
    }

    @Override
    protected RiskSets combine(RiskSets first, RiskSets second) {
        return first.merge(second);
    }

    /** The events of the first row: magic, version and row count, then the row's time. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(4 + 1 + 4 + 8);
    }
}
