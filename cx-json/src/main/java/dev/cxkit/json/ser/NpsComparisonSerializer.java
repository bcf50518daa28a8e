package dev.cxkit.json.ser;

import dev.cxkit.nps.NpsComparison;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes an {@link NpsComparison} as {@code {"first", "second", "method", "difference",
 * "standardError", "z", "pValue", "interval"}}: the difference second minus first in points and
 * its 95 % interval.
 */
public final class NpsComparisonSerializer extends CxSerializer<NpsComparison> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final NpsComparisonSerializer INSTANCE = new NpsComparisonSerializer();

    private NpsComparisonSerializer() {
        super(NpsComparison.class);
    }

    @Override
    protected void writeFields(
            NpsComparison comparison, JsonGenerator generator, SerializationContext context) {
        generator.writeName("first");
        NpsSerializer.INSTANCE.serialize(comparison.first(), generator, context);
        generator.writeName("second");
        NpsSerializer.INSTANCE.serialize(comparison.second(), generator, context);
        generator.writeStringProperty("method", comparison.method().label());
        ResultFields.number(generator, "difference", comparison::value);
        ResultFields.number(generator, "standardError", comparison::standardError);
        ResultFields.number(generator, "z", comparison::z);
        ResultFields.number(generator, "pValue", comparison::pValue);
        ResultFields.interval(
                generator, context, "interval", () -> comparison.interval(ResultFields.LEVEL));
    }
}
