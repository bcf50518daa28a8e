package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.DoubleStream;

/**
 * The accumulator laws for sentiment summaries (Chan et al.'s pairwise update of mean and
 * squares), over scores in [-1, 1] with many exact zeros; counts agree exactly, mean and
 * standard deviation to rounding. The binary form is {@link SentimentSummary#toByteArray()}.
 */
class SentimentAccumulatorContractTest
        extends AccumulatorContract<SentimentAccumulator, SentimentSummary, double[]> {

    @Override
    protected SentimentAccumulator create() {
        return SentimentAccumulator.create();
    }

    @Override
    protected double[] data(Trial trial, int size) {
        double[] scores = new double[size];
        for (int i = 0; i < size; i++) {
            scores[i] = trial.random().nextInt(4) == 0 ? 0 : trial.doubleIn(-1, 1);
        }
        return scores;
    }

    @Override
    protected void addEach(SentimentAccumulator accumulator, double[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data[i]);
        }
    }

    /** No column method: through the summary of the batch merged in. */
    @Override
    protected void addBatch(SentimentAccumulator accumulator, double[] data, int from, int to) {
        SentimentAccumulator batch = create();
        addEach(batch, data, from, to);
        accumulator.merge(batch.snapshot());
    }

    @Override
    protected void merge(SentimentAccumulator into, SentimentAccumulator other) {
        into.merge(other);
    }

    @Override
    protected SentimentSummary snapshot(SentimentAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected SentimentSummary collect(double[] data, int size, boolean parallel) {
        DoubleStream stream = Arrays.stream(data, 0, size);
        return (parallel ? stream.parallel() : stream)
                .boxed()
                .collect(SentimentAccumulator.toSummary());
    }

    @Override
    protected List<byte[]> encode(SentimentSummary summary) {
        return List.of(summary.toByteArray());
    }

    @Override
    protected SentimentSummary decode(List<byte[]> parts) {
        return SentimentSummary.fromByteArray(parts.get(0));
    }

    @Override
    protected SentimentSummary combine(SentimentSummary first, SentimentSummary second) {
        return first.merge(second);
    }

    /** The number of comments, after the magic and version. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(4 + 1);
    }

    @Override
    protected void assertEquivalent(SentimentSummary actual, SentimentSummary expected) {
        assertThat(actual.n()).isEqualTo(expected.n());
        assertThat(actual.positive()).isEqualTo(expected.positive());
        assertThat(actual.negative()).isEqualTo(expected.negative());
        if (!expected.isEmpty()) {
            assertThat(actual.mean()).isCloseTo(expected.mean(), within(1e-12));
        }
        if (expected.n() >= 2) {
            assertThat(actual.standardDeviation())
                    .isCloseTo(expected.standardDeviation(), within(1e-9));
        }
    }
}
