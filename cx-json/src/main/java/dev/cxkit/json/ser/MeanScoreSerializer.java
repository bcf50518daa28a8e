package dev.cxkit.json.ser;

import dev.cxkit.stats.MeanScore;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link MeanScore} as {@code {"n", "mean", "standardDeviation", "interval"}} with its
 * 95 % t interval. Written only: cxkit gives no way to rebuild one from these numbers.
 */
public final class MeanScoreSerializer extends CxSerializer<MeanScore> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final MeanScoreSerializer INSTANCE = new MeanScoreSerializer();

    private MeanScoreSerializer() {
        super(MeanScore.class);
    }

    @Override
    protected void writeFields(
            MeanScore mean, JsonGenerator generator, SerializationContext context) {
        generator.writeNumberProperty("n", mean.n());
        ResultFields.number(generator, "mean", mean::value);
        ResultFields.number(generator, "standardDeviation", mean::standardDeviation);
        ResultFields.interval(
                generator, context, "interval", () -> mean.interval(ResultFields.LEVEL));
    }
}
