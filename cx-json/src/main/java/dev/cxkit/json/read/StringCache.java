package dev.cxkit.json.read;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The short strings an input repeats (touchpoint ids, instrument names), kept in a small
 * direct-mapped table so that a value seen before is returned without allocating it again, with
 * its {@link Optional}. A value is given as characters (a parser's buffer) or as ASCII bytes (a
 * line's), both hashed alike. A miss replaces the slot's value. Not thread-safe.
 */
final class StringCache {

    private static final int SLOTS = 1024;
    private static final int MAX_LENGTH = 64;

    private final String[] strings = new String[SLOTS];

    @SuppressWarnings("unchecked")
    private final Optional<String>[] optionals = new Optional[SLOTS];

    /** The string of {@code chars[offset..offset+length)}. */
    String string(char[] chars, int offset, int length) {
        int slot = slot(chars, offset, length);
        return slot < 0 ? new String(chars, offset, length) : strings[slot];
    }

    /** The string of {@code chars[offset..offset+length)}, present. */
    Optional<String> optional(char[] chars, int offset, int length) {
        int slot = slot(chars, offset, length);
        return slot < 0 ? Optional.of(new String(chars, offset, length)) : optional(slot);
    }

    /** The string of the ASCII bytes {@code ascii[from..to)}. */
    String string(byte[] ascii, int from, int to) {
        int slot = slot(ascii, from, to);
        return slot < 0 ? ascii(ascii, from, to) : strings[slot];
    }

    /** The string of the ASCII bytes {@code ascii[from..to)}, present. */
    Optional<String> optional(byte[] ascii, int from, int to) {
        int slot = slot(ascii, from, to);
        return slot < 0 ? Optional.of(ascii(ascii, from, to)) : optional(slot);
    }

    private Optional<String> optional(int slot) {
        Optional<String> optional = optionals[slot];
        if (optional == null) {
            optional = Optional.of(strings[slot]);
            optionals[slot] = optional;
        }
        return optional;
    }

    /** The slot holding the string, after storing it there on a miss; -1 for a long string. */
    private int slot(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return -1;
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = slotOf(hash);
        String cached = strings[slot];
        if (cached == null || !sameChars(cached, chars, offset, length)) {
            store(slot, new String(chars, offset, length));
        }
        return slot;
    }

    /** As {@link #slot(char[], int, int)}, for ASCII bytes: the same hash, so the same slot. */
    private int slot(byte[] ascii, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return -1;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + ascii[i];
        }
        int slot = slotOf(hash);
        String cached = strings[slot];
        if (cached == null || !sameBytes(cached, ascii, from, to)) {
            store(slot, ascii(ascii, from, to));
        }
        return slot;
    }

    private static int slotOf(int hash) {
        return (hash ^ hash >>> 16) & (SLOTS - 1);
    }

    private void store(int slot, String value) {
        strings[slot] = value;
        optionals[slot] = null;
    }

    private static String ascii(byte[] ascii, int from, int to) {
        return new String(ascii, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean sameChars(String string, char[] chars, int offset, int length) {
        if (string.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (string.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBytes(String string, byte[] ascii, int from, int to) {
        if (string.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (string.charAt(i - from) != ascii[i]) {
                return false;
            }
        }
        return true;
    }
}
