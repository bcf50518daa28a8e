package dev.cxkit.json.ser;

import dev.cxkit.stats.Interval;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** Writes an {@link Interval} as {@code {"lower", "upper", "level", "method", "unit"}}. */
public final class IntervalSerializer extends CxSerializer<Interval> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final IntervalSerializer INSTANCE = new IntervalSerializer();

    private IntervalSerializer() {
        super(Interval.class);
    }

    @Override
    protected void writeFields(
            Interval interval, JsonGenerator generator, SerializationContext context) {
        generator.writeNumberProperty("lower", interval.lower());
        generator.writeNumberProperty("upper", interval.upper());
        generator.writeNumberProperty("level", interval.level());
        generator.writeStringProperty("method", interval.method());
        generator.writeStringProperty("unit", dev.cxkit.json.deser.EnumNames.of(interval.unit()));
    }
}
