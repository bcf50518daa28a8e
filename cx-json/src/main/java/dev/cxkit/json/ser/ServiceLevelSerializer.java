package dev.cxkit.json.ser;

import dev.cxkit.journey.ServiceLevel;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link ServiceLevel} as {@code {"resolution", "firstContactResolution", "waitTime",
 * "handlingTime"}}: two rates and two duration samples. Written only.
 */
public final class ServiceLevelSerializer extends CxSerializer<ServiceLevel> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ServiceLevelSerializer INSTANCE = new ServiceLevelSerializer();

    private ServiceLevelSerializer() {
        super(ServiceLevel.class);
    }

    @Override
    protected void writeFields(
            ServiceLevel level, JsonGenerator generator, SerializationContext context) {
        generator.writeName("resolution");
        CountShareSerializer.INSTANCE.serialize(level.resolution(), generator, context);
        generator.writeName("firstContactResolution");
        CountShareSerializer.INSTANCE.serialize(level.firstContactResolution(), generator, context);
        generator.writeName("waitTime");
        DurationSampleSerializer.INSTANCE.serialize(level.waitTime(), generator, context);
        generator.writeName("handlingTime");
        DurationSampleSerializer.INSTANCE.serialize(level.handlingTime(), generator, context);
    }
}
