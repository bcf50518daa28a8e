package dev.cxkit.json.deser;

import dev.cxkit.ces.CesDefinition;

import java.util.Optional;

/**
 * Reads a {@link CesDefinition} from {@code {"scale", "easyFrom", "easyTo", "hardFrom",
 * "hardTo"}}.
 */
public final class CesDefinitionDeserializer extends CxDeserializer<CesDefinition> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final CesDefinitionDeserializer INSTANCE = new CesDefinitionDeserializer();

    private CesDefinitionDeserializer() {
        super(CesDefinition.class);
    }

    @Override
    public CesDefinition decode(Fields fields) {
        var scale = fields.object("scale", ScaleDeserializer.INSTANCE::decode);
        int easyFrom = fields.integer("easyFrom");
        int easyTo = fields.integer("easyTo");
        int hardFrom = fields.integer("hardFrom");
        int hardTo = fields.integer("hardTo");
        return fields.checked(
                Optional.empty(),
                () -> CesDefinition.of(scale, easyFrom, easyTo, hardFrom, hardTo));
    }
}
