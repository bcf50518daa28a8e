package dev.cxkit.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How cxkit reads a yes/no value written as text, as exports write churn flags and binary
 * outcomes: {@code Yes}, {@code Y}, {@code true} and {@code 1} are yes; {@code No}, {@code N},
 * {@code false} and {@code 0} are no; in any case, around blanks. Every other text is neither.
 * Stateless and thread-safe.
 */
public final class YesNo {

    /** The values {@link #parse(String)} reads, as a message shows them. */
    public static final String VALUES = "Yes/No, true/false, Y/N or 1/0";

    private YesNo() {}

    /**
     * {@return the truth value of {@code text}, or empty when it is not one of {@link #VALUES}}
     *
     * @param text the text to read, for example {@code "Yes"} or {@code "n"}
     * @throws NullPointerException when {@code text} is null
     */
    public static Optional<Boolean> parse(String text) {
        Objects.requireNonNull(text, "text");
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Optional.of(true);
            case "no", "n", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
