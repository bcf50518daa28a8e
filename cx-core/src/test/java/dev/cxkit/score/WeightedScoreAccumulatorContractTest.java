package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property.Trial;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Weight sums are floating-point sums: merged results agree to 1e-12 relative. */
class WeightedScoreAccumulatorContractTest
        extends AccumulatorContract<
                WeightedScoreAccumulator,
                WeightedScoreHistogram,
                WeightedScoreAccumulatorContractTest.Column> {

    private static final double TOLERANCE = 1e-12;

    /** Scores with their weights. */
    record Column(byte[] scores, double[] weights) {}

    @Override
    protected WeightedScoreAccumulator create() {
        return WeightedScoreAccumulator.create(Scale.NPS);
    }

    @Override
    protected Column data(Trial trial, int size) {
        byte[] scores = new byte[size];
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            scores[i] = (byte) trial.intIn(0, 10);
            weights[i] = trial.random().nextInt(10) == 0 ? 0 : trial.doubleIn(0, 5);
        }
        return new Column(scores, weights);
    }

    @Override
    protected void addEach(WeightedScoreAccumulator accumulator, Column data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data.scores()[i], data.weights()[i]);
        }
    }

    @Override
    protected void addBatch(WeightedScoreAccumulator accumulator, Column data, int from, int to) {
        accumulator.addAll(data.scores(), data.weights(), from, to);
    }

    @Override
    protected void merge(WeightedScoreAccumulator into, WeightedScoreAccumulator other) {
        into.merge(other);
    }

    @Override
    protected WeightedScoreHistogram snapshot(WeightedScoreAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected WeightedScoreHistogram collect(Column data, int size, boolean parallel) {
        IntStream indices = IntStream.range(0, size);
        return (parallel ? indices.parallel() : indices)
                .mapToObj(
                        i -> SurveyResponse.of("c" + i, Instant.EPOCH, Scale.NPS, data.scores()[i])
                                .withWeight(data.weights()[i]))
                .collect(WeightedScoreAccumulator.toHistogram(Scale.NPS));
    }

    @Override
    protected List<byte[]> encode(WeightedScoreHistogram histogram) {
        return List.of(histogram.toByteArray());
    }

    @Override
    protected WeightedScoreHistogram decode(List<byte[]> parts) {
        return WeightedScoreHistogram.fromByteArray(parts.get(0));
    }

    @Override
    protected WeightedScoreHistogram combine(
            WeightedScoreHistogram first, WeightedScoreHistogram second) {
        return WeightedScoreAccumulator.create(first.scale())
                .merge(first)
                .merge(second)
                .snapshot();
    }

    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return afterScaleHeader(firstPart);
    }

    @Override
    protected void assertEquivalent(
            WeightedScoreHistogram actual, WeightedScoreHistogram expected) {
        assertThat(actual.scale()).isEqualTo(expected.scale());
        for (int score = expected.scale().min(); score <= expected.scale().max(); score++) {
            assertThat(actual.count(score))
                    .as("count of %d", score)
                    .isEqualTo(expected.count(score));
            assertThat(actual.weight(score))
                    .as("weight of %d", score)
                    .isCloseTo(
                            expected.weight(score),
                            within(TOLERANCE * Math.max(1, expected.weight(score))));
            assertThat(actual.squaredWeight(score))
                    .as("squared weight of %d", score)
                    .isCloseTo(
                            expected.squaredWeight(score),
                            within(TOLERANCE * Math.max(1, expected.squaredWeight(score))));
        }
    }
}
