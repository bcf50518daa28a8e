package dev.cxkit.json.deser;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum constants named in JSON by their cxkit label, such as {@code "adjusted-wald"}. */
final class Labels {

    private Labels() {}

    static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> label, String text) {
        for (E constant : type.getEnumConstants()) {
            if (label.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("expected one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(label)
                        .collect(Collectors.joining(", ")));
    }
}
