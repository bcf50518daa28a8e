package dev.cxkit.json.ser;

import dev.cxkit.model.Scale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** Writes a {@link Scale} as {@code {"name", "min", "max"}}. */
public final class ScaleSerializer extends CxSerializer<Scale> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ScaleSerializer INSTANCE = new ScaleSerializer();

    private ScaleSerializer() {
        super(Scale.class);
    }

    @Override
    protected void writeFields(Scale scale, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("name", scale.name());
        generator.writeNumberProperty("min", scale.min());
        generator.writeNumberProperty("max", scale.max());
    }
}
