package dev.cxkit.json.read;

import java.util.Optional;

/**
 * The short strings an input repeats (touchpoint ids, instrument names), kept in a small
 * direct-mapped table so that a value seen before is returned without allocating it again, with
 * its {@link Optional}. A miss replaces the slot's value. Not thread-safe.
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
        if (slot < 0) {
            return Optional.of(new String(chars, offset, length));
        }
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
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String cached = strings[slot];
        if (cached == null || !sameChars(cached, chars, offset, length)) {
            strings[slot] = new String(chars, offset, length);
            optionals[slot] = null;
        }
        return slot;
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
}
