package dev.cxkit.testing;

import java.nio.ByteBuffer;

/** Copies of encoded bytes with one big-endian field overwritten, to build malformed forms. */
public final class Bytes {

    private Bytes() {}

    /** A copy of {@code bytes} with the {@code int} at {@code offset} set to {@code value}. */
    public static byte[] withInt(byte[] bytes, int offset, int value) {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).putInt(offset, value);
        return changed;
    }

    /** A copy of {@code bytes} with the {@code long} at {@code offset} set to {@code value}. */
    public static byte[] withLong(byte[] bytes, int offset, long value) {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).putLong(offset, value);
        return changed;
    }

    /** A copy of {@code bytes} with the {@code double} at {@code offset} set to {@code value}. */
    public static byte[] withDouble(byte[] bytes, int offset, double value) {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).putDouble(offset, value);
        return changed;
    }
}
