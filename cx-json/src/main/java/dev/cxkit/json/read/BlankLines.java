package dev.cxkit.json.read;

import java.util.Locale;

/** Describes a line that holds only blank or invisible characters, for its problem. */
final class BlankLines {

    private static final int SHOWN = 3;

    private BlankLines() {}

    /**
     * {@code line holds only blank or invisible characters (U+0020, U+2028), expected a record}:
     * the distinct characters are named by code point, since they cannot be seen.
     */
    static String describe(String text) {
        StringBuilder shown = new StringBuilder();
        int[] distinct = text.codePoints().distinct().limit(SHOWN + 1L).toArray();
        for (int i = 0; i < Math.min(SHOWN, distinct.length); i++) {
            if (i > 0) {
                shown.append(", ");
            }
            shown.append(String.format(Locale.ROOT, "U+%04X", distinct[i]));
        }
        if (distinct.length > SHOWN) {
            shown.append(", ...");
        }
        return "line holds only blank or invisible characters (" + shown + "), expected a record";
    }
}
