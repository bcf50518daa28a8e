package dev.cxkit.json.read;

import java.nio.charset.StandardCharsets;

/**
 * A reusable view of ASCII bytes in someone else's array, such as a line's, read as a
 * {@link CharSequence} without decoding or copying them. Valid until the array changes; not
 * thread-safe.
 */
final class AsciiSlice implements CharSequence {

    private byte[] bytes = new byte[0];
    private int offset;
    private int length;

    /** This view of the ASCII bytes {@code bytes[from..to)} without the blanks around them. */
    AsciiSlice trimmed(byte[] bytes, int from, int to) {
        int first = from;
        int last = to;
        while (first < last && bytes[first] <= ' ') {
            first++;
        }
        while (last > first && bytes[last - 1] <= ' ') {
            last--;
        }
        this.bytes = bytes;
        this.offset = first;
        this.length = last - first;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length);
        }
        return (char) bytes[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
