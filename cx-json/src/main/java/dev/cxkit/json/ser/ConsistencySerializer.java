package dev.cxkit.json.ser;

import dev.cxkit.journey.Consistency;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Consistency} as {@code {"touchpointMeans": {touchpoint: mean}, "level"?,
 * "standardDeviation"?, "range"?, "index"?}} on the common 0..1 scale. Written only.
 */
public final class ConsistencySerializer extends CxSerializer<Consistency> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ConsistencySerializer INSTANCE = new ConsistencySerializer();

    private ConsistencySerializer() {
        super(Consistency.class);
    }

    @Override
    protected void writeFields(
            Consistency consistency, JsonGenerator generator, SerializationContext context) {
        generator.writeName("touchpointMeans");
        generator.writeStartObject();
        for (Map.Entry<String, Double> mean :
                new TreeMap<>(consistency.touchpointMeans()).entrySet()) {
            generator.writeNumberProperty(mean.getKey(), mean.getValue());
        }
        generator.writeEndObject();
        ResultFields.number(generator, "level", consistency::level);
        ResultFields.number(generator, "standardDeviation", consistency::standardDeviation);
        ResultFields.number(generator, "range", consistency::range);
        ResultFields.number(generator, "index", consistency::index);
    }
}
