package dev.cxkit.json.ser;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreHistogram;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link WeightedScoreHistogram} as {@code {"scale": {...}, "n", "counts": [...],
 * "weights": [...], "squaredWeights": [...]}}: per score from min to max, the number of
 * responses, the sum of their weights and the sum of their squared weights.
 */
public final class WeightedScoreHistogramSerializer extends CxSerializer<WeightedScoreHistogram> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final WeightedScoreHistogramSerializer INSTANCE =
            new WeightedScoreHistogramSerializer();

    private WeightedScoreHistogramSerializer() {
        super(WeightedScoreHistogram.class);
    }

    @Override
    protected void writeFields(
            WeightedScoreHistogram histogram,
            JsonGenerator generator,
            SerializationContext context) {
        Scale scale = histogram.scale();
        ResultFields.value(generator, context, "scale", scale);
        generator.writeNumberProperty("n", histogram.n());
        long[] counts = new long[scale.points()];
        double[] weights = new double[scale.points()];
        double[] squaredWeights = new double[scale.points()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = histogram.count(scale.min() + i);
            weights[i] = histogram.weight(scale.min() + i);
            squaredWeights[i] = histogram.squaredWeight(scale.min() + i);
        }
        generator.writeName("counts");
        generator.writeArray(counts, 0, counts.length);
        generator.writeName("weights");
        generator.writeArray(weights, 0, weights.length);
        generator.writeName("squaredWeights");
        generator.writeArray(squaredWeights, 0, squaredWeights.length);
    }
}
