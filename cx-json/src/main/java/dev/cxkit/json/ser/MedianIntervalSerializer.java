package dev.cxkit.json.ser;

import dev.cxkit.survival.MedianInterval;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link MedianInterval} as {@code {"lower"?, "upper"?, "level", "type"}}; a bound the
 * data cannot give is left out.
 */
public final class MedianIntervalSerializer extends CxSerializer<MedianInterval> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final MedianIntervalSerializer INSTANCE = new MedianIntervalSerializer();

    private MedianIntervalSerializer() {
        super(MedianInterval.class);
    }

    @Override
    protected void writeFields(
            MedianInterval interval, JsonGenerator generator, SerializationContext context) {
        interval.lower().ifPresent(lower -> generator.writeNumberProperty("lower", lower));
        interval.upper().ifPresent(upper -> generator.writeNumberProperty("upper", upper));
        generator.writeNumberProperty("level", interval.level());
        generator.writeStringProperty("type", interval.type().label());
    }
}
