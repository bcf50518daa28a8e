package dev.cxkit.clv;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collector;

/**
 * The accumulator laws for purchase patterns: a {@link RfmPatterns.Builder} over customers'
 * (x, t_x, T) on a weekly grid, so that many customers share a pattern; the binary form is
 * {@link RfmPatterns#toByteArray()}.
 */
class RfmPatternsContractTest
        extends AccumulatorContract<RfmPatterns.Builder, RfmPatterns, List<RfmSummary>> {

    @Override
    protected RfmPatterns.Builder create() {
        return RfmPatterns.builder();
    }

    @Override
    protected List<RfmSummary> data(Trial trial, int size) {
        List<RfmSummary> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int frequency = trial.intIn(0, 4);
            double age = trial.intIn(1, 10);
            double recency = frequency == 0 ? 0 : trial.intIn(1, (int) age);
            customers.add(RfmSummary.of(frequency, recency, age));
        }
        return customers;
    }

    @Override
    protected void addEach(RfmPatterns.Builder builder, List<RfmSummary> data, int from, int to) {
        for (int i = from; i < to; i++) {
            builder.add(data.get(i));
        }
    }

    @Override
    protected void addBatch(RfmPatterns.Builder builder, List<RfmSummary> data, int from, int to) {
        builder.merge(RfmPatterns.of(data.subList(from, to)));
    }

    @Override
    protected void merge(RfmPatterns.Builder into, RfmPatterns.Builder other) {
        into.merge(other);
    }

    @Override
    protected RfmPatterns snapshot(RfmPatterns.Builder builder) {
        return builder.build();
    }

    @Override
    protected RfmPatterns collect(List<RfmSummary> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        RfmPatterns::builder,
                        RfmPatterns.Builder::add,
                        RfmPatterns.Builder::merge,
                        RfmPatterns.Builder::build,
                        Collector.Characteristics.UNORDERED));
    }

    @Override
    protected List<byte[]> encode(RfmPatterns result) {
        return List.of(result.toByteArray());
    }

    @Override
    protected RfmPatterns decode(List<byte[]> parts) {
        return RfmPatterns.fromByteArray(parts.get(0));
    }

    @Override
    protected RfmPatterns combine(RfmPatterns first, RfmPatterns second) {
        return RfmPatterns.builder().merge(first).merge(second).build();
    }

    /** The count of the first pattern: magic, version, pattern count, then x, t_x and T. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(4 + 1 + 4 + 4 + 8 + 8);
    }
}
