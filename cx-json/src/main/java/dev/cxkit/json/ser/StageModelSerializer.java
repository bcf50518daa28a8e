package dev.cxkit.json.ser;

import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link StageModel} as the array of its stage names in order. */
public final class StageModelSerializer extends StdSerializer<StageModel> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final StageModelSerializer INSTANCE = new StageModelSerializer();

    private StageModelSerializer() {
        super(StageModel.class);
    }

    @Override
    public void serialize(StageModel model, JsonGenerator generator, SerializationContext context) {
        generator.writeStartArray(model, model.size());
        for (Stage stage : model.stages()) {
            generator.writeString(stage.name());
        }
        generator.writeEndArray();
    }
}
