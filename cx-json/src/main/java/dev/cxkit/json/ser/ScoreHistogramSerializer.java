package dev.cxkit.json.ser;

import dev.cxkit.score.ScoreHistogram;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link ScoreHistogram} as {@code {"scale": {...}, "n", "counts": [...]}}, one count
 * per score from the scale's min to its max.
 */
public final class ScoreHistogramSerializer extends CxSerializer<ScoreHistogram> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ScoreHistogramSerializer INSTANCE = new ScoreHistogramSerializer();

    private ScoreHistogramSerializer() {
        super(ScoreHistogram.class);
    }

    @Override
    protected void writeFields(
            ScoreHistogram histogram, JsonGenerator generator, SerializationContext context) {
        generator.writeName("scale");
        ScaleSerializer.INSTANCE.serialize(histogram.scale(), generator, context);
        generator.writeNumberProperty("n", histogram.n());
        long[] counts = histogram.counts();
        generator.writeName("counts");
        generator.writeArray(counts, 0, counts.length);
    }
}
