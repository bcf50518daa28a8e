package dev.cxkit.json.ser;

import dev.cxkit.json.deser.EnumNames;
import dev.cxkit.pyramid.CxPyramid;
import dev.cxkit.pyramid.PyramidLevel;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link CxPyramid} as {@code {"index"?, "boxSize", "weightsMethod", "levels": {level:
 * {"n", "net"?, "weight"}}}}, levels named {@code meets-needs}, {@code easy}, {@code enjoyable}.
 * Written only.
 */
public final class CxPyramidSerializer extends CxSerializer<CxPyramid> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CxPyramidSerializer INSTANCE = new CxPyramidSerializer();

    private CxPyramidSerializer() {
        super(CxPyramid.class);
    }

    @Override
    protected void writeFields(
            CxPyramid pyramid, JsonGenerator generator, SerializationContext context) {
        ResultFields.number(generator, "index", pyramid::index);
        generator.writeNumberProperty("boxSize", pyramid.boxSize());
        generator.writeStringProperty("weightsMethod", pyramid.weights().method());
        generator.writeName("levels");
        generator.writeStartObject();
        for (PyramidLevel level : PyramidLevel.values()) {
            generator.writeName(EnumNames.of(level));
            generator.writeStartObject();
            generator.writeNumberProperty("n", pyramid.n(level));
            ResultFields.number(generator, "net", () -> pyramid.net(level));
            generator.writeNumberProperty("weight", pyramid.weights().weight(level));
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }
}
