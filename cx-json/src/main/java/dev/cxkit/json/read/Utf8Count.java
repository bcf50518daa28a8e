package dev.cxkit.json.read;

/**
 * Counts the characters of UTF-8 bytes given in pieces, as a strict decoder that replaces each
 * invalid sequence would produce them, and finds the column of the first invalid sequence. A
 * character is a UTF-16 unit, as Java strings count them: a four-byte sequence is two. Each
 * invalid sequence is one U+FFFD, a sequence being its maximal subpart (Unicode 15.0, section
 * 3.9, "U+FFFD Substitution of Maximal Subparts", and its table 3-7 of well-formed byte
 * sequences), as the JDK's UTF-8 decoder does, with the JDK's one exception: an encoded
 * surrogate ({@code ED A0..BF 80..BF}) is one invalid sequence of three bytes, not three. Not
 * thread-safe.
 */
final class Utf8Count {

    private long chars;
    private long firstInvalid;
    /** Continuation bytes still expected by the sequence in progress. */
    private int pending;
    /** UTF-16 units of the sequence in progress. */
    private int units;
    /** Bounds of the next continuation byte (unsigned). */
    private int low;

    private int high;

    /** The sequence in progress started with {@code ED}. */
    private boolean afterEd;

    /** The sequence in progress encodes a surrogate ({@code ED A0..BF}). */
    private boolean surrogate;

    /** Forgets everything counted. */
    void reset() {
        chars = 0;
        firstInvalid = 0;
        pending = 0;
    }

    /** Counts {@code bytes[from..to)}, which continue what was counted before. */
    void add(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b >= low && b <= high) {
                    low = 0x80;
                    high = 0xBF;
                    surrogate |= afterEd && pending == 2 && b >= 0xA0;
                    if (--pending == 0) {
                        if (surrogate) {
                            invalid();
                        } else {
                            chars += units;
                        }
                    }
                    continue;
                }
                invalid();
            }
            start(b);
        }
    }

    /** Ends the input: a sequence cut short is one invalid character. */
    void finish() {
        if (pending > 0) {
            invalid();
        }
    }

    private void start(int b) {
        if (b < 0x80) {
            chars++;
            return;
        }
        low = 0x80;
        high = 0xBF;
        units = 1;
        afterEd = b == 0xED;
        surrogate = false;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                low = 0xA0;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            units = 2;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            invalid();
        }
    }

    /** One U+FFFD for the sequence in progress, or for a byte that cannot start one. */
    private void invalid() {
        pending = 0;
        if (firstInvalid == 0) {
            firstInvalid = chars + 1;
        }
        chars++;
    }

    /** Characters counted, each invalid sequence as one. */
    long chars() {
        return chars;
    }

    /** The 1-based character column of the first invalid sequence, or 0 when there is none. */
    int firstInvalidColumn() {
        return (int) Math.min(Integer.MAX_VALUE, firstInvalid);
    }
}
