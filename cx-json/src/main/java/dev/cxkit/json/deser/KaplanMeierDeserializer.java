package dev.cxkit.json.deser;

import dev.cxkit.survival.KaplanMeier;

/**
 * Reads a {@link KaplanMeier} curve from its {@code "riskSets"}; the steps, median and
 * intervals written beside them are recomputed.
 */
public final class KaplanMeierDeserializer extends CxDeserializer<KaplanMeier> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final KaplanMeierDeserializer INSTANCE = new KaplanMeierDeserializer();

    private KaplanMeierDeserializer() {
        super(KaplanMeier.class);
    }

    @Override
    public KaplanMeier decode(Fields fields) {
        return KaplanMeier.of(fields.object("riskSets", RiskSetsDeserializer.INSTANCE::decode));
    }
}
