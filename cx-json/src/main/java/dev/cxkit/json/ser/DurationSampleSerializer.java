package dev.cxkit.json.ser;

import dev.cxkit.journey.DurationSample;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link DurationSample} as {@code {"name", "n", "median"?, "p90"?}}, the percentiles
 * as ISO-8601 durations (Hyndman and Fan definition 7), left out of an empty sample. Written
 * only: the sample's durations are not part of it.
 */
public final class DurationSampleSerializer extends CxSerializer<DurationSample> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final DurationSampleSerializer INSTANCE = new DurationSampleSerializer();

    private DurationSampleSerializer() {
        super(DurationSample.class);
    }

    @Override
    protected void writeFields(
            DurationSample sample, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("name", sample.name());
        generator.writeNumberProperty("n", sample.n());
        if (!sample.isEmpty()) {
            generator.writeStringProperty("median", sample.median().toString());
            generator.writeStringProperty("p90", sample.percentile(90).toString());
        }
    }
}
