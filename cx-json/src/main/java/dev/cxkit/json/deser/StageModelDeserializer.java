package dev.cxkit.json.deser;

import dev.cxkit.model.StageModel;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** Reads a {@link StageModel} from the array of its stage names in order. */
public final class StageModelDeserializer extends StdDeserializer<StageModel> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final StageModelDeserializer INSTANCE = new StageModelDeserializer();

    private static final String STAGES = "stages";

    private StageModelDeserializer() {
        super(StageModel.class);
    }

    /**
     * {@return field {@code name} of {@code fields}, an array of stage names}
     *
     * @param fields the record's fields
     * @param name the field holding the stage names
     */
    public StageModel decode(Fields fields, String name) {
        List<String> names = fields.strings(name);
        return fields.checked(Optional.of(name), () -> StageModel.of(names.toArray(String[]::new)));
    }

    @Override
    public StageModel deserialize(JsonParser parser, DeserializationContext context) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set(STAGES, context.readTree(parser));
        try {
            return decode(Fields.json(wrapper), STAGES);
        } catch (FieldException invalid) {
            return context.reportInputMismatch(this, "StageModel: %s", invalid.getMessage());
        }
    }
}
