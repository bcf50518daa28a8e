package dev.cxkit.json.ser;

import dev.cxkit.json.deser.EnumNames;
import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Stage;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.survival.ConfidenceType;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import java.util.function.Function;

/**
 * Writes a cxkit value whose JSON form is one string: a {@link Channel} or {@link Stage} as its
 * lower-case name, a {@link ContactType} or {@link Outcome} as its lower-case constant, an
 * {@link NpsIntervalMethod} or {@link ConfidenceType} as its label.
 *
 * @param <T> the serialized type
 */
public final class TextSerializer<T> extends StdSerializer<T> {

    /** Writes a {@link Channel} as its name. */
    public static final TextSerializer<Channel> CHANNEL =
            new TextSerializer<>(Channel.class, Channel::name);
    /** Writes a {@link Stage} as its name. */
    public static final TextSerializer<Stage> STAGE =
            new TextSerializer<>(Stage.class, Stage::name);
    /** Writes a {@link ContactType} as its JSON name. */
    public static final TextSerializer<ContactType> CONTACT_TYPE =
            new TextSerializer<>(ContactType.class, EnumNames::of);
    /** Writes an {@link Outcome} as its JSON name. */
    public static final TextSerializer<Outcome> OUTCOME =
            new TextSerializer<>(Outcome.class, EnumNames::of);
    /** Writes an {@link NpsIntervalMethod} as its label. */
    public static final TextSerializer<NpsIntervalMethod> NPS_INTERVAL_METHOD =
            new TextSerializer<>(NpsIntervalMethod.class, NpsIntervalMethod::label);
    /** Writes a {@link ConfidenceType} as its label. */
    public static final TextSerializer<ConfidenceType> CONFIDENCE_TYPE =
            new TextSerializer<>(ConfidenceType.class, ConfidenceType::label);

    private final Function<T, String> text;

    private TextSerializer(Class<T> type, Function<T, String> text) {
        super(type);
        this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(text.apply(value));
    }
}
