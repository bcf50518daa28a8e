package dev.cxkit.json.ser;

import dev.cxkit.ces.Ces;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Ces} as {@code {"histogram", "definition", "n", "easy", "hard", "easyShare",
 * "hardShare", "net", "easyInterval", "mean", "standardDeviation", "meanInterval"}} with 95 %
 * intervals.
 */
public final class CesSerializer extends CxSerializer<Ces> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CesSerializer INSTANCE = new CesSerializer();

    private CesSerializer() {
        super(Ces.class);
    }

    @Override
    protected void writeFields(Ces ces, JsonGenerator generator, SerializationContext context) {
        ResultFields.value(generator, context, "histogram", ces.histogram());
        ResultFields.value(generator, context, "definition", ces.definition());
        generator.writeNumberProperty("n", ces.n());
        generator.writeNumberProperty("easy", ces.easy().count());
        generator.writeNumberProperty("hard", ces.hard().count());
        ResultFields.number(generator, "easyShare", () -> ces.easy().value());
        ResultFields.number(generator, "hardShare", () -> ces.hard().value());
        ResultFields.number(generator, "net", ces::net);
        ResultFields.interval(
                generator, context, "easyInterval", () -> ces.easy().interval(ResultFields.LEVEL));
        ResultFields.number(generator, "mean", () -> ces.mean().value());
        ResultFields.number(generator, "standardDeviation", () -> ces.mean().standardDeviation());
        ResultFields.interval(
                generator, context, "meanInterval", () -> ces.mean().interval(ResultFields.LEVEL));
    }
}
