package dev.cxkit.json.deser;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads an {@link Interaction} from {@code {"customerId", "touchpointId", "time", "outcome",
 * "waitTime"?, "handlingTime"?, "resolved"}}; durations are ISO-8601 ({@code PT1M30S}).
 */
public final class InteractionDeserializer extends CxDeserializer<Interaction> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final InteractionDeserializer INSTANCE = new InteractionDeserializer();

    private InteractionDeserializer() {
        super(Interaction.class);
    }

    @Override
    public Interaction decode(Fields fields) {
        String customerId = fields.id("customerId");
        String touchpointId = fields.id("touchpointId");
        var time = fields.instant("time");
        Outcome outcome = fields.constant("outcome", Outcome.class);
        Optional<Duration> waitTime = fields.optionalDuration("waitTime");
        fields.checked(Optional.of("waitTime"), () -> notNegative(waitTime, "waitTime"));
        Optional<Duration> handlingTime = fields.optionalDuration("handlingTime");
        fields.checked(
                Optional.of("handlingTime"), () -> notNegative(handlingTime, "handlingTime"));
        boolean resolved = fields.flag("resolved");
        return fields.checked(
                Optional.empty(),
                () -> new Interaction(
                        customerId, touchpointId, time, outcome, waitTime, handlingTime, resolved));
    }

    private static Optional<Duration> notNegative(Optional<Duration> duration, String field) {
        duration.ifPresent(value -> {
            if (value.isNegative()) {
                throw new IllegalArgumentException(field + " must be >= 0");
            }
        });
        return duration;
    }
}
