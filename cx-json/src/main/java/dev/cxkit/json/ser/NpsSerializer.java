package dev.cxkit.json.ser;

import dev.cxkit.nps.Nps;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes an {@link Nps} as {@code {"n", "weighted", "detractors", "passives", "promoters",
 * "detractorShare", "passiveShare", "promoterShare", "score", "standardError", "effectiveN",
 * "interval"}}: the score in points (-100..100) and its 95 % adjusted-Wald interval (the
 * interval names its method). Statistics are left out of an empty result.
 */
public final class NpsSerializer extends CxSerializer<Nps> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final NpsSerializer INSTANCE = new NpsSerializer();

    private NpsSerializer() {
        super(Nps.class);
    }

    @Override
    protected void writeFields(Nps nps, JsonGenerator generator, SerializationContext context) {
        generator.writeNumberProperty("n", nps.n());
        generator.writeBooleanProperty("weighted", nps.isWeighted());
        generator.writeNumberProperty("detractors", nps.detractors());
        generator.writeNumberProperty("passives", nps.passives());
        generator.writeNumberProperty("promoters", nps.promoters());
        ResultFields.number(generator, "detractorShare", nps::detractorShare);
        ResultFields.number(generator, "passiveShare", nps::passiveShare);
        ResultFields.number(generator, "promoterShare", nps::promoterShare);
        ResultFields.number(generator, "score", nps::value);
        ResultFields.number(generator, "standardError", nps::standardError);
        ResultFields.number(generator, "effectiveN", nps::effectiveN);
        ResultFields.interval(
                generator, context, "interval", () -> nps.interval(ResultFields.LEVEL));
    }
}
