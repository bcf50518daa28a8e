package dev.cxkit.json.ser;

import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.SurvivalStep;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link KaplanMeier} curve as {@code {"method": "kaplan-meier", "n", "events",
 * "riskSets", "steps"?, "median"?, "medianInterval"?}} (an empty curve has only the first
 * four): each step {@code {"time",
 * "atRisk", "events", "censored", "survival", "standardError"}} (Greenwood), the median where
 * the curve reaches 0.5 and its 95 % interval of R's default type ({@code "log"}).
 */
public final class KaplanMeierSerializer extends CxSerializer<KaplanMeier> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final KaplanMeierSerializer INSTANCE = new KaplanMeierSerializer();

    private KaplanMeierSerializer() {
        super(KaplanMeier.class);
    }

    @Override
    protected void writeFields(
            KaplanMeier curve, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("method", "kaplan-meier");
        generator.writeNumberProperty("n", curve.riskSets().subjects());
        generator.writeNumberProperty("events", curve.riskSets().totalEvents());
        generator.writeName("riskSets");
        RiskSetsSerializer.INSTANCE.serialize(curve.riskSets(), generator, context);
        if (curve.isEmpty()) {
            return;
        }
        generator.writeArrayPropertyStart("steps");
        for (SurvivalStep step : curve.steps()) {
            generator.writeStartObject(step);
            generator.writeNumberProperty("time", step.time());
            generator.writeNumberProperty("atRisk", step.atRisk());
            generator.writeNumberProperty("events", step.events());
            generator.writeNumberProperty("censored", step.censored());
            generator.writeNumberProperty("survival", step.survival());
            generator.writeNumberProperty("standardError", step.standardError());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        curve.median().ifPresent(median -> generator.writeNumberProperty("median", median));
        ResultFields.value(
                generator,
                context,
                "medianInterval",
                curve.medianInterval(ConfidenceType.byName("log"), ResultFields.LEVEL));
    }
}
