package dev.cxkit.json.ser;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.Optional;

/**
 * Writes a {@link SurveyResponse} as {@code {"customerId", "touchpointId"?, "time",
 * "instrument", "scaleMin"?, "scaleMax"?, "score", "weight", "comment"?}}; the bounds are
 * written only for a scale that is not the built-in instrument of its name.
 */
public final class SurveyResponseSerializer extends CxSerializer<SurveyResponse> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final SurveyResponseSerializer INSTANCE = new SurveyResponseSerializer();

    private SurveyResponseSerializer() {
        super(SurveyResponse.class);
    }

    @Override
    protected void writeFields(
            SurveyResponse response, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("customerId", response.customerId());
        response.touchpointId().ifPresent(id -> generator.writeStringProperty("touchpointId", id));
        generator.writeStringProperty("time", response.time().toString());
        Scale scale = response.scale();
        generator.writeStringProperty("instrument", scale.name());
        if (!Scale.builtIn(scale.name()).equals(Optional.of(scale))) {
            generator.writeNumberProperty("scaleMin", scale.min());
            generator.writeNumberProperty("scaleMax", scale.max());
        }
        generator.writeNumberProperty("score", response.score());
        generator.writeNumberProperty("weight", response.weight());
        response.comment().ifPresent(text -> generator.writeStringProperty("comment", text));
    }
}
