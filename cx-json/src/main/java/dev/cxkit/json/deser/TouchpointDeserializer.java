package dev.cxkit.json.deser;

import dev.cxkit.model.Touchpoint;

import java.util.Optional;

/** Reads a {@link Touchpoint} from {@code {"id", "name", "channel", "stage", "contact"}}. */
public final class TouchpointDeserializer extends CxDeserializer<Touchpoint> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final TouchpointDeserializer INSTANCE = new TouchpointDeserializer();

    private TouchpointDeserializer() {
        super(Touchpoint.class);
    }

    @Override
    public Touchpoint decode(Fields fields) {
        String id = fields.id("id");
        String name = fields.id("name");
        var channel = TextDeserializer.CHANNEL.decode(fields, "channel");
        var stage = TextDeserializer.STAGE.decode(fields, "stage");
        var contact = TextDeserializer.CONTACT_TYPE.decode(fields, "contact");
        return fields.checked(
                Optional.empty(), () -> new Touchpoint(id, name, channel, stage, contact));
    }
}
