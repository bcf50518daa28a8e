package dev.cxkit.survival;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;

/**
 * The accumulator laws for risk sets per stratum, keyed by plan names; the binary form is
 * {@link Strata#toByteArray(java.util.function.Function)} with the names as the keys' text. No
 * column method: batches add one subject at a time.
 */
class StrataAccumulatorContractTest
        extends AccumulatorContract<
                StrataAccumulator<String>,
                Strata<String>,
                List<StrataAccumulatorContractTest.Subject>> {

    private static final String[] PLANS = {"basic", "plus", "pro"};

    /** One subject: its stratum, duration and whether it ended in an event. */
    record Subject(String plan, double duration, boolean event) {}

    @Override
    protected StrataAccumulator<String> create() {
        return StrataAccumulator.create();
    }

    @Override
    protected List<Subject> data(Trial trial, int size) {
        List<Subject> subjects = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            subjects.add(new Subject(
                    PLANS[trial.intIn(0, PLANS.length - 1)],
                    trial.intIn(0, 40) / 4.0,
                    trial.random().nextBoolean()));
        }
        return subjects;
    }

    @Override
    protected void addEach(
            StrataAccumulator<String> accumulator, List<Subject> data, int from, int to) {
        for (Subject subject : data.subList(from, to)) {
            accumulator.add(subject.plan(), subject.duration(), subject.event());
        }
    }

    @Override
    protected void addBatch(
            StrataAccumulator<String> accumulator, List<Subject> data, int from, int to) {
        addEach(accumulator, data, from, to);
    }

    /** Alternately through the accumulator and through its strata. */
    @Override
    protected void merge(StrataAccumulator<String> into, StrataAccumulator<String> other) {
        Strata<String> strata = other.snapshot();
        if (strata.pooled().subjects() % 2 == 0) {
            into.merge(other);
        } else {
            into.merge(strata);
        }
    }

    @Override
    protected Strata<String> snapshot(StrataAccumulator<String> accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected Strata<String> collect(List<Subject> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        StrataAccumulator::<String>create,
                        (accumulator, subject) -> accumulator.add(
                                subject.plan(), subject.duration(), subject.event()),
                        StrataAccumulator::merge,
                        StrataAccumulator::snapshot,
                        Collector.Characteristics.UNORDERED));
    }

    @Override
    protected List<byte[]> encode(Strata<String> result) {
        return List.of(result.toByteArray(plan -> plan));
    }

    @Override
    protected Strata<String> decode(List<byte[]> parts) {
        return Strata.fromByteArray(parts.get(0), plan -> plan);
    }

    @Override
    protected Strata<String> combine(Strata<String> first, Strata<String> second) {
        return create().merge(first).merge(second).snapshot();
    }
}
