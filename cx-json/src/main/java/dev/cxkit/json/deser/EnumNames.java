package dev.cxkit.json.deser;

import java.util.Locale;

/** The JSON name of an enum constant: lower case, {@code -} for {@code _}. */
public final class EnumNames {

    private EnumNames() {}

    /** {@code ESCALATED} is {@code "escalated"}, {@code WORD_OF_MOUTH} is {@code "word-of-mouth"}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
