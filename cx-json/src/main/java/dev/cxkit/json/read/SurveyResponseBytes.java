package dev.cxkit.json.read;

import dev.cxkit.json.deser.IsoInstants;
import dev.cxkit.model.SurveyResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fastest path of NDJSON survey responses: reads a line's bytes as a flat JSON object
 * without a tokenizer, for the plain record that nearly every file holds. It accepts a strict
 * subset of JSON: an object of fields whose names and strings have no escapes and no control
 * characters, integers and decimals without an exponent of at most 15 digits, {@code true},
 * {@code false} and {@code null}, separated by spaces or tabs; times in the ISO-8601 shapes of
 * {@link IsoInstants} (with an ISO {@link TimeFormat}). Within it, it applies the rules of
 * {@link SurveyResponseTokens} (and so of the general path): names and strings within their
 * limits, every field at most once, at most {@value ResponseParts#MAX_OTHER_FIELDS} other fields,
 * and the response's own checks through {@link ResponseParts}. Anything else, valid or not (an
 * escape, an exponent, a nested value, a long number, a bad value), gives {@code null}, and the
 * line is read by the token path, then the general path, which reports the problem with its
 * column.
 *
 * <p>Decimals are exact: a decimal of at most 15 significant digits and 15 fraction digits is
 * {@code m / 10^k} with both exact doubles, so the one division rounds it correctly, as
 * {@link Double#parseDouble} does (Clinger's fast path: W. D. Clinger, <i>How to read floating
 * point numbers accurately</i>, PLDI 1990). {@code TokenDecoderTest} checks that this path, the
 * token path and the general path read the same records and problems from generated and mutated
 * lines. Not thread-safe: one per open input.
 */
final class SurveyResponseBytes {

    private static final byte[][] NAMES = Arrays.stream(ResponseParts.NAMES)
            .map(name -> name.getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);
    private static final int[] FIELDS_BY_KEY = fieldsByKey();
    private static final long[] QUOTED_NAMES = quotedNames(false);
    private static final long[] QUOTED_MASKS = quotedNames(true);
    /** How many fields of a record the order of the last one predicts. */
    private static final int PREDICTED = 16;

    private static final int MAX_DIGITS = 15;
    private static final int MAX_TIME_LENGTH = 64;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };
    private static final long QUOTES = ByteWords.everyByte('"');
    private static final long BACKSLASHES = ByteWords.everyByte('\\');
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final ResponseParts parts;
    private final boolean iso;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final StringCache strings;
    private final char[] timeChars = new char[MAX_TIME_LENGTH];
    private final CharSlice slice = new CharSlice();
    private final int[] otherNames = new int[2 * ResponseParts.MAX_OTHER_FIELDS];
    /** The field at each position of the last record read (-1 for another name or none). */
    private final int[] order = new int[PREDICTED];

    private int otherCount;
    private byte[] bytes;
    private int at;
    private int end;
    private int stringFrom;
    private int stringTo;
    private boolean ascii;
    private boolean integer;
    private double number;

    /**
     * @param parts the response being read, shared with the token path
     * @param strings the cache of repeated strings, shared with the token path
     */
    SurveyResponseBytes(
            ResponseParts parts, TimeFormat times, ReadLimits limits, StringCache strings) {
        this.parts = parts;
        this.iso = times.isIso();
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
        this.maxNameLength = limits.maxNameLength();
        this.strings = strings;
        Arrays.fill(order, -1);
    }

    /**
     * The response of the line {@code line[from..to)}, or {@code null} when it is not a plain,
     * valid record.
     */
    SurveyResponse decode(byte[] line, int from, int to, long number) {
        if (!iso) {
            return null;
        }
        bytes = line;
        at = from;
        end = to;
        parts.reset();
        otherCount = 0;
        skipBlanks();
        if (!take('{')) {
            return null;
        }
        skipBlanks();
        if (!take('}')) {
            int position = 0;
            do {
                skipBlanks();
                if (!take('"')) {
                    return null;
                }
                int nameFrom = 0;
                int nameTo = 0;
                int field = position < PREDICTED ? predicted(order[position]) : -1;
                if (field < 0) {
                    if (!string() || !ascii || stringTo - stringFrom > maxNameLength) {
                        return null;
                    }
                    nameFrom = stringFrom;
                    nameTo = stringTo;
                    field = fieldOf(nameFrom, nameTo);
                    if (position < PREDICTED) {
                        order[position] = field;
                    }
                }
                skipBlanks();
                if (!take(':')) {
                    return null;
                }
                skipBlanks();
                if (!(field >= 0 ? field(field) : other(nameFrom, nameTo))) {
                    return null;
                }
                position++;
                skipBlanks();
            } while (take(','));
            if (!take('}')) {
                return null;
            }
        }
        skipBlanks();
        return at == end ? parts.response(number) : null;
    }

    /**
     * The field {@code field} (-1 for none) when its name and the closing quote come next, taking
     * them; else -1, taking nothing. Sixteen bytes compared as two words, so a name of the same
     * layout as the last record's costs no search for its end.
     */
    private int predicted(int field) {
        if (field < 0 || at + 2 * Long.BYTES > bytes.length) {
            return -1;
        }
        int length = NAMES[field].length + 1;
        if (length > end - at || length - 1 > maxNameLength) {
            return -1;
        }
        long first = ByteWords.word(bytes, at) ^ QUOTED_NAMES[2 * field];
        long second = ByteWords.word(bytes, at + Long.BYTES) ^ QUOTED_NAMES[2 * field + 1];
        if ((first & QUOTED_MASKS[2 * field] | second & QUOTED_MASKS[2 * field + 1]) != 0) {
            return -1;
        }
        at += length;
        return field;
    }

    /**
     * Each field's name and closing quote as two little-endian words ({@link ByteWords#word}),
     * with {@code masks} set to their bytes' bits; names of more than 15 bytes would need more
     * words, and the record has none.
     */
    private static long[] quotedNames(boolean masks) {
        long[] words = new long[2 * NAMES.length];
        for (int field = 0; field < NAMES.length; field++) {
            byte[] quoted = Arrays.copyOf(NAMES[field], NAMES[field].length + 1);
            quoted[quoted.length - 1] = '"';
            if (quoted.length > 2 * Long.BYTES) {
                throw new IllegalStateException("name too long to predict: " + NAMES[field]);
            }
            for (int i = 0; i < quoted.length; i++) {
                long b = masks ? 0xFF : quoted[i] & 0xFF;
                words[2 * field + i / Long.BYTES] |= b << (i % Long.BYTES * Byte.SIZE);
            }
        }
        return words;
    }

    /**
     * The record's field named by {@code bytes[from..to)}, or -1: the one candidate that the
     * name's length and last byte select, compared byte by byte.
     */
    private int fieldOf(int from, int to) {
        if (to == from) {
            return -1;
        }
        int field = FIELDS_BY_KEY[key(to - from, bytes[to - 1])];
        if (field < 0) {
            return -1;
        }
        byte[] name = NAMES[field];
        if (name.length != to - from) {
            return -1;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[from + i] != name[i]) {
                return -1;
            }
        }
        return field;
    }

    /** A name's slot in {@link #FIELDS_BY_KEY}: its length and last byte, a few bits of each. */
    private static int key(int length, byte last) {
        return (length & 15) << 5 | last & 31;
    }

    /** The record's fields by the key of their names, which differ for the nine names. */
    private static int[] fieldsByKey() {
        int[] fields = new int[16 << 5];
        Arrays.fill(fields, -1);
        for (int field = 0; field < NAMES.length; field++) {
            byte[] name = NAMES[field];
            int key = key(name.length, name[name.length - 1]);
            if (fields[key] >= 0) {
                throw new IllegalStateException("two field names share the key " + key);
            }
            fields[key] = field;
        }
        return fields;
    }

    /** Reads the value of a field of the record's form; false to leave the line to the others. */
    private boolean field(int field) {
        if (!parts.see(field)) {
            return false;
        }
        if (parts.ignored(field)) {
            return scalar();
        }
        if (literal(NULL)) {
            return true;
        }
        switch (field) {
            case ResponseParts.CUSTOMER -> {
                String value = text();
                if (value == null || value.isBlank()) {
                    return false;
                }
                parts.customerId(value);
            }
            case ResponseParts.TOUCHPOINT -> {
                if (!plainString()) {
                    return false;
                }
                Optional<String> value = ascii
                        ? strings.optional(bytes, stringFrom, stringTo)
                        : Optional.of(decoded());
                if (value.get().isBlank()) {
                    return false;
                }
                parts.touchpointId(value);
            }
            case ResponseParts.TIME -> {
                Instant time = plainString() && ascii ? time() : null;
                if (time == null) {
                    return false;
                }
                parts.time(time);
            }
            case ResponseParts.INSTRUMENT -> {
                if (!plainString()) {
                    return false;
                }
                String value = ascii ? strings.string(bytes, stringFrom, stringTo) : decoded();
                if (value.isBlank()) {
                    return false;
                }
                parts.instrument(value);
            }
            case ResponseParts.WEIGHT -> {
                if (!number()) {
                    return false;
                }
                parts.weight(number);
            }
            case ResponseParts.COMMENT -> {
                String value = text();
                if (value == null) {
                    return false;
                }
                parts.comment(value);
            }
            default -> {
                if (!number() || !integer || Math.abs(number) > Integer.MAX_VALUE) {
                    return false;
                }
                parts.integer(field, (int) number);
            }
        }
        return true;
    }

    /**
     * The current string, ASCII, as an instant in one of the shapes of {@link IsoInstants}
     * (blanks around it passed over), or {@code null}.
     */
    private Instant time() {
        int length = stringTo - stringFrom;
        if (length > timeChars.length) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            timeChars[i] = (char) bytes[stringFrom + i];
        }
        return IsoInstants.parse(slice.trimmed(timeChars, 0, length));
    }

    /** Passes a field the record does not have: a new name with a plain scalar value. */
    private boolean other(int nameFrom, int nameTo) {
        for (int i = 0; i < otherCount; i++) {
            if (Arrays.equals(
                    bytes, nameFrom, nameTo, bytes, otherNames[2 * i], otherNames[2 * i + 1])) {
                return false;
            }
        }
        if (otherCount == ResponseParts.MAX_OTHER_FIELDS) {
            return false;
        }
        otherNames[2 * otherCount] = nameFrom;
        otherNames[2 * otherCount + 1] = nameTo;
        otherCount++;
        return scalar();
    }

    /** A plain scalar within its limits, whose value is not kept. */
    private boolean scalar() {
        if (at == end) {
            return false;
        }
        byte b = bytes[at];
        if (b == '-' || isDigit(b)) {
            return number();
        }
        return plainString() || literal(TRUE) || literal(FALSE) || literal(NULL);
    }

    /** A plain string within the string limit, or {@code null}. */
    private String text() {
        if (!plainString()) {
            return null;
        }
        return ascii
                ? new String(bytes, stringFrom, stringTo - stringFrom, StandardCharsets.ISO_8859_1)
                : decoded();
    }

    /** The current string decoded from UTF-8. */
    private String decoded() {
        return new String(bytes, stringFrom, stringTo - stringFrom, StandardCharsets.UTF_8);
    }

    /**
     * True when a plain string within the string limit (in UTF-16 units, as the parser counts)
     * starts here; reads it.
     */
    private boolean plainString() {
        if (!take('"') || !string()) {
            return false;
        }
        int length = ascii ? stringTo - stringFrom : decoded().length();
        return length <= maxStringLength;
    }

    /**
     * Reads the rest of a string whose opening quote was taken: true when it ends in the line
     * without an escape or a control character. Sets {@link #stringFrom}, {@link #stringTo}
     * and {@link #ascii}.
     */
    private boolean string() {
        int from = at;
        int i = from;
        long high = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = ByteWords.word(bytes, i);
            long stops = ByteWords.equal(word, QUOTES)
                    | ByteWords.equal(word, BACKSLASHES)
                    | ByteWords.below(word, ' ');
            if (stops != 0) {
                int index = ByteWords.firstMarked(stops);
                high |= word & ByteWords.before(index);
                i += index;
                break;
            }
            high |= word;
        }
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b == '"') {
                stringFrom = from;
                stringTo = i;
                ascii = (high & ByteWords.HIGH_BITS) == 0;
                at = i + 1;
                return true;
            }
            if (b == '\\' || b >= 0 && b < ' ') {
                return false;
            }
            high |= b;
        }
        return false;
    }

    /**
     * True when a number without an exponent of at most {@link #MAX_DIGITS} digits and within
     * the number limit starts here; reads it into {@link #number} and {@link #integer}.
     */
    private boolean number() {
        int from = at;
        boolean negative = take('-');
        int digitsFrom = at;
        long mantissa = 0;
        while (at < end && isDigit(bytes[at]) && at - digitsFrom < MAX_DIGITS) {
            mantissa = mantissa * 10 + (bytes[at++] - '0');
        }
        int integerDigits = at - digitsFrom;
        if (integerDigits == 0 || integerDigits > 1 && bytes[digitsFrom] == '0') {
            return false;
        }
        int fractionDigits = 0;
        integer = !take('.');
        if (!integer) {
            int fractionFrom = at;
            while (at < end && isDigit(bytes[at]) && at - digitsFrom <= MAX_DIGITS) {
                mantissa = mantissa * 10 + (bytes[at++] - '0');
            }
            fractionDigits = at - fractionFrom;
            if (fractionDigits == 0) {
                return false;
            }
        }
        if (at < end && (isDigit(bytes[at]) || bytes[at] == 'e' || bytes[at] == 'E')
                || at - from > maxNumberLength) {
            return false;
        }
        double magnitude = integer ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        number = negative ? -magnitude : magnitude;
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Takes {@code word} when it comes next (its first byte compared before the rest). */
    private boolean literal(byte[] word) {
        int to = at + word.length;
        if (to <= end
                && bytes[at] == word[0]
                && Arrays.equals(bytes, at + 1, to, word, 1, word.length)) {
            at = to;
            return true;
        }
        return false;
    }

    /** Takes {@code c} when it comes next. */
    private boolean take(char c) {
        if (at < end && bytes[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    /** Passes spaces and tabs, the JSON blanks a line can hold. */
    private void skipBlanks() {
        while (at < end && (bytes[at] == ' ' || bytes[at] == '\t')) {
            at++;
        }
    }
}
