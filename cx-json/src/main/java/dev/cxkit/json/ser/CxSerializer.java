package dev.cxkit.json.ser;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A serializer of a cxkit type written as a JSON object: subclasses write the fields; absent
 * optional values are left out rather than written as {@code null}.
 *
 * @param <T> the serialized type
 */
public abstract class CxSerializer<T> extends StdSerializer<T> {

    /**
     * A serializer of {@code type}'s values as JSON objects.
     *
     * @param type the class of the values
     */
    protected CxSerializer(Class<T> type) {
        super(type);
    }

    /**
     * Writes {@code value}'s fields into the object already started.
     *
     * @param value the value to write
     * @param generator the generator, inside the value's object
     * @param context the serialization context
     */
    protected abstract void writeFields(
            T value, JsonGenerator generator, SerializationContext context);

    @Override
    public final void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject(value);
        writeFields(value, generator, context);
        generator.writeEndObject();
    }
}
