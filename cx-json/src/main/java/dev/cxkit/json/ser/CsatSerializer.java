package dev.cxkit.json.ser;

import dev.cxkit.csat.Csat;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Csat} as {@code {"histogram", "topBoxMin", "n", "satisfied", "topBoxShare",
 * "topBoxInterval", "mean", "standardDeviation", "meanInterval"}} with 95 % intervals.
 */
public final class CsatSerializer extends CxSerializer<Csat> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CsatSerializer INSTANCE = new CsatSerializer();

    private CsatSerializer() {
        super(Csat.class);
    }

    @Override
    protected void writeFields(Csat csat, JsonGenerator generator, SerializationContext context) {
        ResultFields.value(generator, context, "histogram", csat.histogram());
        generator.writeNumberProperty("topBoxMin", csat.topBoxMin());
        generator.writeNumberProperty("n", csat.n());
        generator.writeNumberProperty("satisfied", csat.satisfied());
        ResultFields.number(generator, "topBoxShare", csat::value);
        ResultFields.interval(
                generator, context, "topBoxInterval", () -> csat.interval(ResultFields.LEVEL));
        ResultFields.number(generator, "mean", () -> csat.mean().value());
        ResultFields.number(generator, "standardDeviation", () -> csat.mean().standardDeviation());
        ResultFields.interval(
                generator, context, "meanInterval", () -> csat.mean().interval(ResultFields.LEVEL));
    }
}
