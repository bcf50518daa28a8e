package dev.cxkit.json.deser;

import java.util.Locale;

/** The JSON name of an enum constant: lower case, {@code -} for {@code _}. */
public final class EnumNames {

    private EnumNames() {}

    /**
     * {@return {@code ESCALATED} is {@code "escalated"}, {@code WORD_OF_MOUTH} is
     * {@code "word-of-mouth"}}
     *
     * @param constant the enum constant
     */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return the constant of {@code type} whose JSON name is {@code name}}
     *
     * @param <E> the enum type
     * @param type the enum type
     * @param name the constant's JSON name
     * @throws IllegalArgumentException listing the allowed names otherwise
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Labels.parse(type, EnumNames::of, name);
    }
}
