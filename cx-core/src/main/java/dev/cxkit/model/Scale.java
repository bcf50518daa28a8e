package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A bounded integer rating scale, identified by a name: the instrument a survey question uses.
 *
 * <p>The built-in instruments are {@link #NPS} (likelihood to recommend, 0..10), {@link #CSAT}
 * (satisfaction, 1..5), {@link #CES} (CES 2.0, "the company made it easy for me", 1..7, higher
 * is easier) and {@link #CES_LEGACY} (CES 1.0, "how much effort", 1..5, lower is easier). Any
 * other bounded scale is {@link #of(String, int, int) custom}. How a scale is read (NPS breaks,
 * top boxes, agreement) belongs to the metric that reads it, not to the scale.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the instrument's name, lower case, for example {@code "nps"}; well-formed Unicode of
 *     at most {@value #MAX_NAME_BYTES} UTF-8 bytes, so that it survives the binary forms
 * @param min the lowest score, inclusive
 * @param max the highest score, inclusive; {@code min < max} and at most
 *     {@value #MAX_POINTS} points
 */
public record Scale(String name, int min, int max) {

    /** The longest scale name, in UTF-8 bytes, so that every scale has a binary form. */
    public static final int MAX_NAME_BYTES = 255;

    /** The largest number of points a scale may have. */
    public static final int MAX_POINTS = 101;

    /** Net Promoter Score question, 0..10 (Reichheld 2003). */
    public static final Scale NPS = new Scale("nps", 0, 10);
    /** Customer satisfaction, 1..5. */
    public static final Scale CSAT = new Scale("csat", 1, 5);
    /** Customer Effort Score 2.0, 1..7, "made it easy for me": higher is easier. */
    public static final Scale CES = new Scale("ces", 1, 7);
    /** Customer Effort Score 1.0, 1..5, "how much effort": lower is easier. */
    public static final Scale CES_LEGACY = new Scale("ces-legacy", 1, 5);

    /**
     * Checks the components and stores the name in lower case.
     *
     * @param name the instrument's name, lower case, for example {@code "nps"}; well-formed Unicode
     *     of at most {@value #MAX_NAME_BYTES} UTF-8 bytes, so that it survives the binary forms
     * @param min the lowest score, inclusive
     * @param max the highest score, inclusive; {@code min < max} and at most {@value #MAX_POINTS}
     *     points
     * @throws IllegalArgumentException when the name is blank, not well-formed Unicode or too long,
     *     {@code max <= min}, or the scale has too many points
     */
    public Scale {
        Checks.nonBlank(name, "name");
        checkArgument(
                name.codePoints()
                        .noneMatch(
                                c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
                "scale name must be well-formed Unicode (no unpaired surrogate), was '%s'",
                name);
        name = name.toLowerCase(Locale.ROOT);
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        checkArgument(
                bytes <= MAX_NAME_BYTES,
                "scale name must be at most " + MAX_NAME_BYTES + " UTF-8 bytes, was %s bytes",
                bytes);
        checkArgument(max > min, "max must be > min (%s), was %s for scale '%s'", min, max, name);
        checkArgument(
                (long) max - min + 1 <= MAX_POINTS,
                "scale '%s' must have at most " + MAX_POINTS + " points, was %s..%s",
                name,
                min,
                max);
    }

    /**
     * {@return a custom scale {@code min..max} named {@code name}}
     *
     * @param name the instrument's name, lower case, for example {@code "nps"}; well-formed Unicode
     *     of at most {@value #MAX_NAME_BYTES} UTF-8 bytes, so that it survives the binary forms
     * @param min the lowest score, inclusive
     * @param max the highest score, inclusive; {@code min < max} and at most {@value #MAX_POINTS}
     *     points
     */
    public static Scale of(String name, int min, int max) {
        return new Scale(name, min, max);
    }

    /**
     * {@return the built-in instrument with this name (case-insensitive), if there is one}
     *
     * @param name the instrument's name, lower case, for example {@code "nps"}; well-formed Unicode
     *     of at most {@value #MAX_NAME_BYTES} UTF-8 bytes, so that it survives the binary forms
     */
    public static Optional<Scale> builtIn(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Scale scale : new Scale[] {NPS, CSAT, CES, CES_LEGACY}) {
            if (scale.name.equals(key)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }

    /** {@return number of points on the scale, {@code max - min + 1}} */
    public int points() {
        return max - min + 1;
    }

    /**
     * {@return true when {@code score} lies in {@code [min, max]}}
     *
     * @param score the score to check
     */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /**
     * {@return {@code score} when it lies on the scale}
     *
     * @param score the score to check
     * @param field the name of the field the score came from, for the message
     * @throws IllegalArgumentException naming {@code field}, the value and the range otherwise
     */
    public int check(int score, String field) {
        // Written out rather than with Checks: on every response's path, where a message's
        // five arguments would be boxed into an array on each call.
        if (!contains(score)) {
            throw new IllegalArgumentException(field + " must be in " + min + ".." + max
                    + " on scale '" + name + "', was " + score);
        }
        return score;
    }

    @Override
    public String toString() {
        return name + " " + min + ".." + max;
    }
}
