package dev.cxkit.json.deser;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A deserializer of a cxkit type written as a JSON object: it reads the object as a tree and
 * {@linkplain #decode(Fields) decodes} its fields, so the Jackson module and cxkit's streaming
 * readers share one decoding with one set of error messages. A {@link FieldException} becomes
 * a Jackson mismatched-input error naming the field, the value and what was expected.
 *
 * @param <T> the decoded type
 */
public abstract class CxDeserializer<T> extends StdDeserializer<T> {

    /**
     * A deserializer of {@code type}'s values from JSON objects.
     *
     * @param type the class of the values
     */
    protected CxDeserializer(Class<T> type) {
        super(type);
    }

    /**
     * Decodes one record; throws {@link FieldException} for a missing or invalid field.
     *
     * @param fields the record's fields, from a JSON object or a CSV row
     * @return the decoded value
     */
    public abstract T decode(Fields fields);

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode tree = context.readTree(parser);
        try {
            return decode(Fields.json(tree));
        } catch (FieldException invalid) {
            return context.reportInputMismatch(this, "%s", invalid.getMessage());
        }
    }
}
