package dev.cxkit.json.ser;

import dev.cxkit.stats.Proportion;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a count out of n ({@link Proportion}) as {@code {"metric", "count", "n", "value"?,
 * "interval"?}} with its 95 % Wilson interval; value and interval are left out when {@code n}
 * is 0.
 */
public final class CountShareSerializer extends CxSerializer<Proportion> {

    /** The one instance. */
    public static final CountShareSerializer INSTANCE = new CountShareSerializer();

    private CountShareSerializer() {
        super(Proportion.class);
    }

    @Override
    protected void writeFields(
            Proportion share, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("metric", share.metric());
        generator.writeNumberProperty("count", share.count());
        generator.writeNumberProperty("n", share.n());
        ResultFields.number(generator, "value", share::value);
        ResultFields.interval(
                generator, context, "interval", () -> share.interval(ResultFields.LEVEL));
    }
}
