package dev.cxkit.json.ser;

import dev.cxkit.stats.Interval;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Field writing shared by the result serializers. Statistics are computed when written; one
 * that is undefined for the result at hand (an empty sample, too few responses) throws
 * {@link IllegalStateException} in cxkit and is left out of the JSON rather than written as a
 * number it is not.
 */
final class ResultFields {

    /** The confidence level of the intervals results carry. */
    static final double LEVEL = 0.95;

    private ResultFields() {}

    static void number(JsonGenerator generator, String name, DoubleSupplier statistic) {
        double value;
        try {
            value = statistic.getAsDouble();
        } catch (IllegalStateException undefined) {
            return;
        }
        generator.writeNumberProperty(name, value);
    }

    static void interval(
            JsonGenerator generator,
            SerializationContext context,
            String name,
            Supplier<Interval> interval) {
        Interval value;
        try {
            value = interval.get();
        } catch (IllegalStateException undefined) {
            return;
        }
        value(generator, context, name, value);
    }

    static void value(
            JsonGenerator generator, SerializationContext context, String name, Object value) {
        generator.writeName(name);
        context.writeValue(generator, value);
    }
}
