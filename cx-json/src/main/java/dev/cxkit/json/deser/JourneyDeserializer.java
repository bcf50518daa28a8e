package dev.cxkit.json.deser;

import dev.cxkit.model.Journey;

import java.util.Optional;

/**
 * Reads a {@link Journey} from {@code {"customerId", "interactions": [...], "responses":
 * [...]}}; both lists must belong to the customer and be in time order.
 */
public final class JourneyDeserializer extends CxDeserializer<Journey> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final JourneyDeserializer INSTANCE = new JourneyDeserializer();

    private JourneyDeserializer() {
        super(Journey.class);
    }

    @Override
    public Journey decode(Fields fields) {
        String customerId = fields.id("customerId");
        var interactions = fields.list("interactions", InteractionDeserializer.INSTANCE::decode);
        var responses = fields.list("responses", SurveyResponseDeserializer.INSTANCE::decode);
        return fields.checked(
                Optional.empty(), () -> new Journey(customerId, interactions, responses));
    }
}
