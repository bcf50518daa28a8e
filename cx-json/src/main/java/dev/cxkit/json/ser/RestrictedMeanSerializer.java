package dev.cxkit.json.ser;

import dev.cxkit.survival.RestrictedMean;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link RestrictedMean} as {@code {"horizon", "estimate", "variance",
 * "standardError", "interval"}} with its 95 % interval.
 */
public final class RestrictedMeanSerializer extends CxSerializer<RestrictedMean> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final RestrictedMeanSerializer INSTANCE = new RestrictedMeanSerializer();

    private RestrictedMeanSerializer() {
        super(RestrictedMean.class);
    }

    @Override
    protected void writeFields(
            RestrictedMean mean, JsonGenerator generator, SerializationContext context) {
        generator.writeNumberProperty("horizon", mean.horizon());
        generator.writeNumberProperty("estimate", mean.value());
        generator.writeNumberProperty("variance", mean.variance());
        ResultFields.number(generator, "standardError", mean::standardError);
        ResultFields.interval(
                generator, context, "interval", () -> mean.interval(ResultFields.LEVEL));
    }
}
