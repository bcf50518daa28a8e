package dev.cxkit.json.deser;

import dev.cxkit.survival.RiskSets;

import java.util.Optional;

/**
 * Reads {@link RiskSets} from {@code {"times": [...], "events": [...], "censored": [...]}};
 * {@code subjects} and {@code totalEvents}, when given, must agree with the rows.
 */
public final class RiskSetsDeserializer extends CxDeserializer<RiskSets> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final RiskSetsDeserializer INSTANCE = new RiskSetsDeserializer();

    private RiskSetsDeserializer() {
        super(RiskSets.class);
    }

    @Override
    public RiskSets decode(Fields fields) {
        double[] times = fields.doubles("times");
        long[] events = fields.longs("events");
        long[] censored = fields.longs("censored");
        RiskSets riskSets = fields.checked(
                Optional.of("times"), () -> RiskSets.ofCounts(times, events, censored));
        fields.checkCount("subjects", riskSets.subjects(), "the rows' subjects");
        fields.checkCount("totalEvents", riskSets.totalEvents(), "the rows' events");
        return riskSets;
    }
}
