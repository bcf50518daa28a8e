package dev.cxkit.json.ser;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.SurveyResponse;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Journey} as {@code {"customerId", "interactions": [...], "responses": [...]}}
 * in time order, each element in its own JSON form.
 */
public final class JourneySerializer extends CxSerializer<Journey> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final JourneySerializer INSTANCE = new JourneySerializer();

    private JourneySerializer() {
        super(Journey.class);
    }

    @Override
    protected void writeFields(
            Journey journey, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("customerId", journey.customerId());
        generator.writeArrayPropertyStart("interactions");
        for (Interaction interaction : journey.interactions()) {
            InteractionSerializer.INSTANCE.serialize(interaction, generator, context);
        }
        generator.writeEndArray();
        generator.writeArrayPropertyStart("responses");
        for (SurveyResponse response : journey.responses()) {
            SurveyResponseSerializer.INSTANCE.serialize(response, generator, context);
        }
        generator.writeEndArray();
    }
}
