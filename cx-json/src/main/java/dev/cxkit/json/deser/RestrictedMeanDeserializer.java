package dev.cxkit.json.deser;

import dev.cxkit.survival.RestrictedMean;

import java.util.Optional;

/** Reads a {@link RestrictedMean} from {@code {"horizon", "estimate", "variance"}}. */
public final class RestrictedMeanDeserializer extends CxDeserializer<RestrictedMean> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final RestrictedMeanDeserializer INSTANCE = new RestrictedMeanDeserializer();

    private RestrictedMeanDeserializer() {
        super(RestrictedMean.class);
    }

    @Override
    public RestrictedMean decode(Fields fields) {
        double horizon = fields.number("horizon");
        double estimate = fields.number("estimate");
        double variance = fields.number("variance");
        return fields.checked(
                Optional.empty(), () -> new RestrictedMean(horizon, estimate, variance));
    }
}
