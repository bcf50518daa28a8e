package dev.cxkit.json.ser;

import dev.cxkit.json.deser.EnumNames;
import dev.cxkit.model.Interaction;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes an {@link Interaction} as {@code {"customerId", "touchpointId", "time", "outcome",
 * "waitTime"?, "handlingTime"?, "resolved"}} with ISO-8601 time and durations.
 */
public final class InteractionSerializer extends CxSerializer<Interaction> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final InteractionSerializer INSTANCE = new InteractionSerializer();

    private InteractionSerializer() {
        super(Interaction.class);
    }

    @Override
    protected void writeFields(
            Interaction interaction, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("customerId", interaction.customerId());
        generator.writeStringProperty("touchpointId", interaction.touchpointId());
        generator.writeStringProperty("time", interaction.time().toString());
        generator.writeStringProperty("outcome", EnumNames.of(interaction.outcome()));
        interaction
                .waitTime()
                .ifPresent(wait -> generator.writeStringProperty("waitTime", wait.toString()));
        interaction
                .handlingTime()
                .ifPresent(handling ->
                        generator.writeStringProperty("handlingTime", handling.toString()));
        generator.writeBooleanProperty("resolved", interaction.resolved());
    }
}
