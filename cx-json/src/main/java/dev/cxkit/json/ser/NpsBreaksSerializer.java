package dev.cxkit.json.ser;

import dev.cxkit.nps.NpsBreaks;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** Writes {@link NpsBreaks} as {@code {"scale", "detractorMax", "promoterMin"}}. */
public final class NpsBreaksSerializer extends CxSerializer<NpsBreaks> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final NpsBreaksSerializer INSTANCE = new NpsBreaksSerializer();

    private NpsBreaksSerializer() {
        super(NpsBreaks.class);
    }

    @Override
    protected void writeFields(
            NpsBreaks breaks, JsonGenerator generator, SerializationContext context) {
        generator.writeName("scale");
        ScaleSerializer.INSTANCE.serialize(breaks.scale(), generator, context);
        generator.writeNumberProperty("detractorMax", breaks.detractorMax());
        generator.writeNumberProperty("promoterMin", breaks.promoterMin());
    }
}
