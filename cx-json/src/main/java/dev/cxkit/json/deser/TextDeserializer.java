package dev.cxkit.json.deser;

import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Stage;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.survival.ConfidenceType;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a cxkit value whose JSON form is one string (declared in {@code JsonShapes}); the same
 * conversion serves as a field of a larger record through {@link #decode(Fields, String)}.
 *
 * @param <T> the deserialized type
 */
public final class TextDeserializer<T> extends StdDeserializer<T> {

    /** Reads a {@link Channel} from its name. */
    public static final TextDeserializer<Channel> CHANNEL =
            new TextDeserializer<>(Channel.class, Channel::of);
    /** Reads a {@link Stage} from its name. */
    public static final TextDeserializer<Stage> STAGE =
            new TextDeserializer<>(Stage.class, Stage::of);
    /** Reads a {@link ContactType} from its JSON name. */
    public static final TextDeserializer<ContactType> CONTACT_TYPE = new TextDeserializer<>(
            ContactType.class, text -> EnumNames.parse(ContactType.class, text));
    /** Reads an {@link Outcome} from its JSON name. */
    public static final TextDeserializer<Outcome> OUTCOME =
            new TextDeserializer<>(Outcome.class, text -> EnumNames.parse(Outcome.class, text));
    /** Reads an {@link NpsIntervalMethod} from its label. */
    public static final TextDeserializer<NpsIntervalMethod> NPS_INTERVAL_METHOD =
            new TextDeserializer<>(
                    NpsIntervalMethod.class,
                    text -> Labels.parse(NpsIntervalMethod.class, NpsIntervalMethod::label, text));
    /** Reads a {@link ConfidenceType} from its name. */
    public static final TextDeserializer<ConfidenceType> CONFIDENCE_TYPE =
            new TextDeserializer<>(ConfidenceType.class, ConfidenceType::byName);

    private final Class<T> type;
    private final Function<String, T> parse;

    private TextDeserializer(Class<T> type, Function<String, T> parse) {
        super(type);
        this.type = type;
        this.parse = parse;
    }

    /**
     * {@return field {@code name} of {@code fields}, converted}
     *
     * @param fields the record's fields
     * @param name the field to convert
     */
    public T decode(Fields fields, String name) {
        String text = fields.string(name);
        return fields.checked(Optional.of(name), () -> parse.apply(text));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return context.reportInputMismatch(
                    this,
                    "expected a string for %s, found %s",
                    type.getSimpleName(),
                    parser.currentToken());
        }
        String text = parser.getString();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return context.reportInputMismatch(
                    this, "%s: %s, was %s", type.getSimpleName(), invalid.getMessage(), text);
        }
    }
}
