package dev.cxkit.json.deser;

import dev.cxkit.csat.Csat;

import java.util.Optional;

/**
 * Reads a {@link Csat} from {@code {"histogram", "topBoxMin"}}; the statistics written beside
 * them are recomputed.
 */
public final class CsatDeserializer extends CxDeserializer<Csat> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final CsatDeserializer INSTANCE = new CsatDeserializer();

    private CsatDeserializer() {
        super(Csat.class);
    }

    @Override
    public Csat decode(Fields fields) {
        var histogram = fields.object("histogram", ScoreHistogramDeserializer.INSTANCE::decode);
        int topBoxMin = fields.integer("topBoxMin");
        return fields.checked(Optional.of("topBoxMin"), () -> Csat.of(histogram, topBoxMin));
    }
}
