package dev.cxkit.json.ser;

import dev.cxkit.ces.Ces;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link Ces} as {@code {"histogram", "definition", "n", "easy", "hard", "easyShare",
 * "hardShare", "net", "easyInterval", "mean", "standardDeviation", "meanInterval"}} with 95 %
 * intervals.
 */
public final class CesSerializer extends CxSerializer<Ces> {

    public static final CesSerializer INSTANCE = new CesSerializer();

    private CesSerializer() {
        super(Ces.class);
    }

    @Override
    protected void writeFields(Ces ces, JsonGenerator generator, SerializationContext context) {
        generator.writeName("histogram");
        ScoreHistogramSerializer.INSTANCE.serialize(ces.histogram(), generator, context);
        generator.writeName("definition");
        CesDefinitionSerializer.INSTANCE.serialize(ces.definition(), generator, context);
        generator.writeNumberProperty("n", ces.n());
        generator.writeNumberProperty("easy", ces.easy());
        generator.writeNumberProperty("hard", ces.hard());
        ResultFields.number(generator, "easyShare", ces::easyShare);
        ResultFields.number(generator, "hardShare", ces::hardShare);
        ResultFields.number(generator, "net", ces::net);
        ResultFields.interval(generator, context, "easyInterval",
                () -> ces.easyInterval(ResultFields.LEVEL));
        ResultFields.number(generator, "mean", ces::mean);
        ResultFields.number(generator, "standardDeviation", ces::standardDeviation);
        ResultFields.interval(generator, context, "meanInterval",
                () -> ces.meanInterval(ResultFields.LEVEL));
    }
}
