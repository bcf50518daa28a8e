package dev.cxkit.json.ser;

import dev.cxkit.survival.LogRankTest;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.Map;

/**
 * Writes a {@link LogRankTest} as {@code {"method": "log-rank", "chiSquare",
 * "degreesOfFreedom", "pValue", "groups": {key: {"subjects", "observed", "expected"}}}}, each
 * group keyed by its key's string form.
 */
@SuppressWarnings("rawtypes")
public final class LogRankTestSerializer extends CxSerializer<LogRankTest> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final LogRankTestSerializer INSTANCE = new LogRankTestSerializer();

    private LogRankTestSerializer() {
        super(LogRankTest.class);
    }

    @Override
    protected void writeFields(
            LogRankTest test, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("method", "log-rank");
        generator.writeNumberProperty("chiSquare", test.chiSquare());
        generator.writeNumberProperty("degreesOfFreedom", test.degreesOfFreedom());
        generator.writeNumberProperty("pValue", test.pValue());
        generator.writeName("groups");
        generator.writeStartObject();
        for (Object entry : test.groups().entrySet()) {
            Map.Entry<?, ?> group = (Map.Entry<?, ?>) entry;
            LogRankTest.Group counts = (LogRankTest.Group) group.getValue();
            generator.writeName(String.valueOf(group.getKey()));
            generator.writeStartObject();
            generator.writeNumberProperty("subjects", counts.subjects());
            generator.writeNumberProperty("observed", counts.observed());
            generator.writeNumberProperty("expected", counts.expected());
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }
}
