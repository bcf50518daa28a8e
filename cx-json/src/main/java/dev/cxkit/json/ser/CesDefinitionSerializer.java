package dev.cxkit.json.ser;

import dev.cxkit.ces.CesDefinition;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link CesDefinition} as {@code {"scale", "easyFrom", "easyTo", "hardFrom",
 * "hardTo"}}.
 */
public final class CesDefinitionSerializer extends CxSerializer<CesDefinition> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CesDefinitionSerializer INSTANCE = new CesDefinitionSerializer();

    private CesDefinitionSerializer() {
        super(CesDefinition.class);
    }

    @Override
    protected void writeFields(
            CesDefinition definition, JsonGenerator generator, SerializationContext context) {
        generator.writeName("scale");
        ScaleSerializer.INSTANCE.serialize(definition.scale(), generator, context);
        generator.writeNumberProperty("easyFrom", definition.easyFrom());
        generator.writeNumberProperty("easyTo", definition.easyTo());
        generator.writeNumberProperty("hardFrom", definition.hardFrom());
        generator.writeNumberProperty("hardTo", definition.hardTo());
    }
}
