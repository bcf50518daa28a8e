package dev.cxkit.json.ser;

import dev.cxkit.json.deser.EnumNames;
import dev.cxkit.model.Touchpoint;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** Writes a {@link Touchpoint} as {@code {"id", "name", "channel", "stage", "contact"}}. */
public final class TouchpointSerializer extends CxSerializer<Touchpoint> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final TouchpointSerializer INSTANCE = new TouchpointSerializer();

    private TouchpointSerializer() {
        super(Touchpoint.class);
    }

    @Override
    protected void writeFields(
            Touchpoint touchpoint, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("id", touchpoint.id());
        generator.writeStringProperty("name", touchpoint.name());
        generator.writeStringProperty("channel", touchpoint.channel().name());
        generator.writeStringProperty("stage", touchpoint.stage().name());
        generator.writeStringProperty("contact", EnumNames.of(touchpoint.contact()));
    }
}
