package dev.cxkit.json.ser;

import dev.cxkit.survival.RiskSets;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes {@link RiskSets} as {@code {"subjects", "totalEvents", "times": [...], "events":
 * [...], "censored": [...]}}: per distinct time in increasing order, the events and censorings
 * there.
 */
public final class RiskSetsSerializer extends CxSerializer<RiskSets> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final RiskSetsSerializer INSTANCE = new RiskSetsSerializer();

    private RiskSetsSerializer() {
        super(RiskSets.class);
    }

    @Override
    protected void writeFields(
            RiskSets riskSets, JsonGenerator generator, SerializationContext context) {
        int rows = riskSets.rowCount();
        double[] times = new double[rows];
        long[] events = new long[rows];
        long[] censored = new long[rows];
        for (int row = 0; row < rows; row++) {
            times[row] = riskSets.time(row);
            events[row] = riskSets.events(row);
            censored[row] = riskSets.censored(row);
        }
        generator.writeNumberProperty("subjects", riskSets.subjects());
        generator.writeNumberProperty("totalEvents", riskSets.totalEvents());
        generator.writeName("times");
        generator.writeArray(times, 0, rows);
        generator.writeName("events");
        generator.writeArray(events, 0, rows);
        generator.writeName("censored");
        generator.writeArray(censored, 0, rows);
    }
}
