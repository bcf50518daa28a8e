package dev.cxkit.json.deser;

import dev.cxkit.ces.Ces;

import java.util.Optional;

/**
 * Reads a {@link Ces} from {@code {"histogram", "definition"}}; the statistics written beside
 * them are recomputed.
 */
public final class CesDeserializer extends CxDeserializer<Ces> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final CesDeserializer INSTANCE = new CesDeserializer();

    private CesDeserializer() {
        super(Ces.class);
    }

    @Override
    public Ces decode(Fields fields) {
        var histogram = fields.object("histogram", ScoreHistogramDeserializer.INSTANCE::decode);
        var definition = fields.object("definition", CesDefinitionDeserializer.INSTANCE::decode);
        return fields.checked(Optional.of("definition"), () -> Ces.of(histogram, definition));
    }
}
