package dev.cxkit.json.deser;

import dev.cxkit.nps.NpsBreaks;

import java.util.Optional;

/** Reads {@link NpsBreaks} from {@code {"scale", "detractorMax", "promoterMin"}}. */
public final class NpsBreaksDeserializer extends CxDeserializer<NpsBreaks> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final NpsBreaksDeserializer INSTANCE = new NpsBreaksDeserializer();

    private NpsBreaksDeserializer() {
        super(NpsBreaks.class);
    }

    @Override
    public NpsBreaks decode(Fields fields) {
        var scale = fields.object("scale", ScaleDeserializer.INSTANCE::decode);
        int detractorMax = fields.integer("detractorMax");
        int promoterMin = fields.integer("promoterMin");
        return fields.checked(
                Optional.empty(), () -> NpsBreaks.of(scale, detractorMax, promoterMin));
    }
}
