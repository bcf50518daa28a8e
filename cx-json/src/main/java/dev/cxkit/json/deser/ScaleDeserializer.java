package dev.cxkit.json.deser;

import dev.cxkit.model.Scale;

import java.util.Optional;

/** Reads a {@link Scale} from {@code {"name", "min", "max"}}. */
public final class ScaleDeserializer extends CxDeserializer<Scale> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final ScaleDeserializer INSTANCE = new ScaleDeserializer();

    private ScaleDeserializer() {
        super(Scale.class);
    }

    @Override
    public Scale decode(Fields fields) {
        String name = fields.id("name");
        int min = fields.integer("min");
        int max = fields.integer("max");
        return fields.checked(Optional.of("max"), () -> Scale.of(name, min, max));
    }
}
