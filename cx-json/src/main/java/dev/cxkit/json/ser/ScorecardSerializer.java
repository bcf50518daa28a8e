package dev.cxkit.json.ser;

import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.scorecard.ScorecardRow;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Scorecard} as {@code {"metric", "keys": [...], "level", "minimumN", "rows":
 * [...], "total"}}, each row {@code {"key": [...], "n", "value", "interval"?, "smallSample",
 * "histogram"}} with the interval at the scorecard's level. Written only.
 */
public final class ScorecardSerializer extends CxSerializer<Scorecard> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ScorecardSerializer INSTANCE = new ScorecardSerializer();

    private ScorecardSerializer() {
        super(Scorecard.class);
    }

    @Override
    protected void writeFields(
            Scorecard scorecard, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("metric", scorecard.metric().name());
        ResultFields.value(generator, context, "keys", scorecard.keyNames());
        generator.writeNumberProperty("level", scorecard.level());
        generator.writeNumberProperty("minimumN", scorecard.minimumN());
        generator.writeArrayPropertyStart("rows");
        for (ScorecardRow row : scorecard.rows()) {
            writeRow(row, generator, context);
        }
        generator.writeEndArray();
        generator.writeName("total");
        writeRow(scorecard.total(), generator, context);
    }

    private static void writeRow(
            ScorecardRow row, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject(row);
        ResultFields.value(generator, context, "key", row.key());
        generator.writeNumberProperty("n", row.n());
        if (row.n() > 0) {
            generator.writeNumberProperty("value", row.value());
        }
        row.interval()
                .ifPresent(
                        interval -> ResultFields.value(generator, context, "interval", interval));
        generator.writeBooleanProperty("smallSample", row.smallSample());
        ResultFields.value(generator, context, "histogram", row.histogram());
        generator.writeEndObject();
    }
}
