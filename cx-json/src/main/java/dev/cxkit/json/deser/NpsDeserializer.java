package dev.cxkit.json.deser;

import dev.cxkit.nps.Nps;

import java.util.Optional;

/**
 * Reads an {@link Nps} from its counts {@code {"detractors", "passives", "promoters"}}; the
 * statistics written beside them are recomputed, not read. A weighted NPS cannot be rebuilt from
 * its JSON (its weight sums are not part of it): keep its {@code WeightedScoreHistogram}.
 */
public final class NpsDeserializer extends CxDeserializer<Nps> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final NpsDeserializer INSTANCE = new NpsDeserializer();

    private NpsDeserializer() {
        super(Nps.class);
    }

    @Override
    public Nps decode(Fields fields) {
        if (fields.has("weighted") && fields.flag("weighted")) {
            throw fields.rejected(
                    "weighted",
                    "a weighted NPS cannot be rebuilt from JSON; "
                            + "read its WeightedScoreHistogram and compute it again");
        }
        long detractors = fields.count("detractors");
        long passives = fields.count("passives");
        long promoters = fields.count("promoters");
        return fields.checked(
                Optional.empty(), () -> Nps.ofCounts(detractors, passives, promoters));
    }
}
