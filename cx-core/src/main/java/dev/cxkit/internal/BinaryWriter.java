package dev.cxkit.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a summary's binary form (big-endian) in the layout {@link BinaryReader} reads: a header
 * of {@code int} magic and {@code byte} version, then fields. Not thread-safe; one writer per
 * encoding. Not part of cxkit's API.
 */
public final class BinaryWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private BinaryWriter() {}

    /**
     * A writer that starts with the header.
     *
     * @param magic the summary's magic number
     * @param version its format version
     * @return the writer
     */
    public static BinaryWriter start(int magic, byte version) {
        return new BinaryWriter().writeInt(magic).writeByte(version);
    }

    /**
     * Appends one byte.
     *
     * @param value the byte
     * @return this writer
     */
    public BinaryWriter writeByte(byte value) {
        out.write(value);
        return this;
    }

    /**
     * Appends an {@code int}, big-endian.
     *
     * @param value the value
     * @return this writer
     */
    public BinaryWriter writeInt(int value) {
        return writeBits(value, Integer.BYTES);
    }

    /**
     * Appends a {@code long}, big-endian.
     *
     * @param value the value
     * @return this writer
     */
    public BinaryWriter writeLong(long value) {
        return writeBits(value, Long.BYTES);
    }

    /**
     * Appends a {@code double} as its IEEE 754 bits, big-endian.
     *
     * @param value the value
     * @return this writer
     */
    public BinaryWriter writeDouble(double value) {
        return writeLong(Double.doubleToLongBits(value));
    }

    /**
     * Appends an instant as {@link BinaryReader#readInstant} reads it: a {@code long} of seconds
     * since the epoch and an {@code int} of nanoseconds.
     *
     * @param value the instant
     * @return this writer
     */
    public BinaryWriter writeInstant(Instant value) {
        return writeLong(value.getEpochSecond()).writeInt(value.getNano());
    }

    /**
     * Appends a decimal as {@link BinaryReader#readDecimal} reads it: an {@code int} scale, an
     * {@code int} length and the unscaled value's minimal two's-complement bytes.
     *
     * @param value the decimal
     * @return this writer
     */
    public BinaryWriter writeDecimal(BigDecimal value) {
        writeInt(value.scale());
        return writeBlock(value.unscaledValue().toByteArray());
    }

    /**
     * Appends a text as an unsigned {@code short} length and its UTF-8 bytes.
     *
     * @param field the field's name, for the message
     * @param text the text
     * @param maxBytes the longest encoding allowed, at most 65535
     * @return this writer
     * @throws IllegalArgumentException when the text's UTF-8 form is longer than {@code maxBytes}
     */
    public BinaryWriter writeText(String field, String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Checks.checkArgument(
                bytes.length <= maxBytes,
                "%s must be at most %s UTF-8 bytes to be encoded, was %s",
                field,
                maxBytes,
                bytes.length);
        writeBits(bytes.length, Short.BYTES);
        out.writeBytes(bytes);
        return this;
    }

    /**
     * Appends a block as {@link BinaryReader#readBlock} reads it: an {@code int} length, then
     * the bytes.
     *
     * @param bytes the block
     * @return this writer
     */
    public BinaryWriter writeBlock(byte[] bytes) {
        writeInt(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /**
     * The bytes written so far.
     *
     * @return a new array
     */
    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private BinaryWriter writeBits(long value, int bytes) {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }
}
