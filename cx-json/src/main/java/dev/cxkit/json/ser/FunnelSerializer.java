package dev.cxkit.json.ser;

import dev.cxkit.journey.Funnel;
import dev.cxkit.model.Stage;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Funnel} as {@code {"stages": [...], "customers", "reached": {stage: count},
 * "steps": [{"from", "to", "conversion", "dropOff", "timeBetween"}]}}, conversion and drop-off
 * as rates with their 95 % intervals. Written only.
 */
public final class FunnelSerializer extends CxSerializer<Funnel> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final FunnelSerializer INSTANCE = new FunnelSerializer();

    private FunnelSerializer() {
        super(Funnel.class);
    }

    @Override
    protected void writeFields(
            Funnel funnel, JsonGenerator generator, SerializationContext context) {
        ResultFields.value(generator, context, "stages", funnel.stages());
        generator.writeNumberProperty("customers", funnel.customers());
        generator.writeName("reached");
        generator.writeStartObject();
        for (Stage stage : funnel.stages().stages()) {
            generator.writeNumberProperty(stage.name(), funnel.reached(stage));
        }
        generator.writeEndObject();
        generator.writeArrayPropertyStart("steps");
        for (Funnel.Step step : funnel.steps()) {
            generator.writeStartObject(step);
            generator.writeStringProperty("from", step.from().name());
            generator.writeStringProperty("to", step.to().name());
            generator.writeName("conversion");
            CountShareSerializer.INSTANCE.serialize(step.conversion(), generator, context);
            generator.writeName("dropOff");
            CountShareSerializer.INSTANCE.serialize(step.dropOff(), generator, context);
            generator.writeName("timeBetween");
            DurationSampleSerializer.INSTANCE.serialize(step.timeBetween(), generator, context);
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }
}
