package dev.cxkit.json.ser;

import dev.cxkit.journey.Rate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Rate} as {@code {"metric", "count", "n", "value"?, "interval"?}} with its 95 %
 * interval; value and interval are left out when {@code n} is 0.
 */
public final class RateSerializer extends CxSerializer<Rate> {

    public static final RateSerializer INSTANCE = new RateSerializer();

    private RateSerializer() {
        super(Rate.class);
    }

    @Override
    protected void writeFields(Rate rate, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("metric", rate.metric());
        generator.writeNumberProperty("count", rate.count());
        generator.writeNumberProperty("n", rate.n());
        ResultFields.number(generator, "value", rate::value);
        ResultFields.interval(generator, context, "interval",
                () -> rate.interval(ResultFields.LEVEL));
    }
}
