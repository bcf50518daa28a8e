package dev.cxkit.model;

import java.util.Objects;

/** Argument checks shared by the domain records; messages name the field, value and range. */
final class Checks {

    private Checks() {}

    /** Returns {@code value} when it is not blank; rejects null and blank identifiers. */
    static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return value;
    }
}
