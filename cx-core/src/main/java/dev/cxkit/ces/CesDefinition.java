package dev.cxkit.ces;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;

import java.util.Objects;

/**
 * How a Customer Effort Score scale is read: which scores mean "easy" and which "hard".
 *
 * <p>{@link #V2} is CES 2.0 (CEB, now Gartner, 2013: "The company made it easy for me to
 * handle my issue", 1..7, higher is easier): easy = agree = 5..7, hard = disagree = 1..3.
 * {@link #LEGACY} is CES 1.0 (Dixon, Freeman and Toman, "Stop Trying to Delight Your
 * Customers", Harvard Business Review, 2010: "How much effort did you personally have to put
 * forth?", 1..5, lower is easier): easy = 1..2, hard = 4..5. Other instruments take their own
 * ranges; the two ranges must lie on the scale and not overlap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scale the instrument's scale
 * @param easyFrom the lowest "easy" score
 * @param easyTo the highest "easy" score
 * @param hardFrom the lowest "hard" score
 * @param hardTo the highest "hard" score
 */
public record CesDefinition(Scale scale, int easyFrom, int easyTo, int hardFrom, int hardTo) {

    /** CES 2.0 on 1..7: agree (5..7) is easy, disagree (1..3) is hard. */
    public static final CesDefinition V2 = new CesDefinition(Scale.CES, 5, 7, 1, 3);

    /** CES 1.0 on 1..5, lower is easier: 1..2 is easy, 4..5 is hard. */
    public static final CesDefinition LEGACY = new CesDefinition(Scale.CES_LEGACY, 1, 2, 4, 5);

    /**
     * Checks that both ranges lie on the scale and do not overlap.
     *
     * @param scale the instrument's scale
     * @param easyFrom the lowest "easy" score
     * @param easyTo the highest "easy" score
     * @param hardFrom the lowest "hard" score
     * @param hardTo the highest "hard" score
     * @throws IllegalArgumentException when a range is off the scale, reversed, or overlaps the
     *     other
     */
    public CesDefinition {
        Objects.requireNonNull(scale, "scale");
        checkRange(scale, easyFrom, easyTo, "easy");
        checkRange(scale, hardFrom, hardTo, "hard");
        checkArgument(
                !(easyFrom <= hardTo && hardFrom <= easyTo),
                "easy scores %s..%s must not overlap hard scores %s..%s",
                easyFrom,
                easyTo,
                hardFrom,
                hardTo);
    }

    /**
     * Easy scores {@code easyFrom..easyTo} and hard scores {@code hardFrom..hardTo}.
     *
     * @param scale the instrument's scale
     * @param easyFrom the lowest "easy" score
     * @param easyTo the highest "easy" score
     * @param hardFrom the lowest "hard" score
     * @param hardTo the highest "hard" score
     * @return the definition
     */
    public static CesDefinition of(
            Scale scale, int easyFrom, int easyTo, int hardFrom, int hardTo) {
        return new CesDefinition(scale, easyFrom, easyTo, hardFrom, hardTo);
    }

    /**
     * {@return true when higher scores mean less effort (CES 2.0), false when lower do (CES 1.0)}
     */
    public boolean higherIsEasier() {
        return easyFrom > hardTo;
    }

    private static void checkRange(Scale scale, int from, int to, String name) {
        scale.check(from, name + "From");
        scale.check(to, name + "To");
        checkArgument(!(from > to), "%sTo must be >= %sFrom (%s), was %s", name, name, from, to);
    }
}
