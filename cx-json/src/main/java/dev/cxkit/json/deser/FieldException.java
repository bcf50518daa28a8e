package dev.cxkit.json.deser;

import java.util.Objects;
import java.util.Optional;

/**
 * A record whose field is missing or holds a value that is not allowed. Readers turn it into a
 * {@code ReadProblem} at the record's line; the Jackson deserializers into a Jackson
 * mismatched-input error.
 */
public final class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The field's path in the JSON form, or null when no single field is to blame. */
    private final String field;
    /** The offending value as it appeared, or null when the field is missing. */
    private final String value;
    /** What was expected. */
    private final String reason;

    /**
     * @param field the field's path in the JSON form, empty when no single field is to blame
     * @param value the offending value as it appeared, empty when the field is missing
     * @param reason what was expected
     */
    public FieldException(Optional<String> field, Optional<String> value, String reason) {
        super(field.map(name -> name + ": ").orElse("")
                + reason
                + value.map(shown -> ", was " + shown).orElse(""));
        this.field = field.orElse(null);
        this.value = value.orElse(null);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the field at fault, if one is} */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** {@return the offending value, if there is one} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return what was expected} */
    public String reason() {
        return reason;
    }
}
