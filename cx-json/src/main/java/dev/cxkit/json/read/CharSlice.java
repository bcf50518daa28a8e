package dev.cxkit.json.read;

/**
 * A reusable view of characters in someone else's array, such as a parser's text buffer, so
 * that they can be read as a {@link CharSequence} without copying. Valid until the array
 * changes; not thread-safe.
 */
final class CharSlice implements CharSequence {

    private char[] chars = new char[0];
    private int offset;
    private int length;

    /** This view of {@code chars[offset..offset+length)} without the blanks around it. */
    CharSlice trimmed(char[] chars, int offset, int length) {
        int from = offset;
        int to = offset + length;
        while (from < to && chars[from] <= ' ') {
            from++;
        }
        while (to > from && chars[to - 1] <= ' ') {
            to--;
        }
        this.chars = chars;
        this.offset = from;
        this.length = to - from;
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
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
