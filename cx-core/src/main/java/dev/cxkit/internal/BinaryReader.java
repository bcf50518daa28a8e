package dev.cxkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Strict reading of a summary's binary form (big-endian), for the decoders of cxkit's binary
 * forms: every malformed input, truncated or too long bytes included, is an
 * {@link IllegalArgumentException} whose message names the summary type, the field, the value
 * and what was expected. Not thread-safe; one reader per decoding. Not part of cxkit's API.
 */
public final class BinaryReader {

    private final ByteBuffer buffer;
    private final String type;

    private BinaryReader(ByteBuffer buffer, String type) {
        this.buffer = buffer;
        this.type = type;
    }

    /**
     * A reader of {@code bytes} that checks the header: an {@code int} magic and a {@code byte}
     * version.
     *
     * @param bytes the encoded summary
     * @param type the summary's name in messages, e.g. {@code "GroupedScores"}
     * @param magic the expected magic number
     * @param version the expected format version
     * @return the reader, positioned after the header
     * @throws IllegalArgumentException when the header is truncated or the magic or version is
     *     wrong
     */
    public static BinaryReader open(byte[] bytes, String type, int magic, byte version) {
        Objects.requireNonNull(bytes, "bytes");
        BinaryReader reader =
                new BinaryReader(ByteBuffer.wrap(bytes), Objects.requireNonNull(type, "type"));
        int actualMagic = reader.readInt("magic");
        if (actualMagic != magic) {
            throw new IllegalArgumentException(String.format(
                    "%s bytes must start with magic 0x%08X, was 0x%08X", type, magic, actualMagic));
        }
        byte actualVersion = reader.readByte("version");
        if (actualVersion != version) {
            throw new IllegalArgumentException(
                    type + " format version must be " + version + ", was " + actualVersion);
        }
        return reader;
    }

    /**
     * Reads one byte.
     *
     * @param field the field's name, for the message
     * @return the byte
     * @throws IllegalArgumentException when the bytes end before it
     */
    public byte readByte(String field) {
        require(Byte.BYTES, field);
        return buffer.get();
    }

    /**
     * Reads an {@code int}.
     *
     * @param field the field's name, for the message
     * @return the value
     * @throws IllegalArgumentException when the bytes end before it
     */
    public int readInt(String field) {
        require(Integer.BYTES, field);
        return buffer.getInt();
    }

    /**
     * Reads an {@code int} in {@code [min, max]}.
     *
     * @param field the field's name, for the message
     * @param min the smallest valid value
     * @param max the largest valid value
     * @return the value
     * @throws IllegalArgumentException when the bytes end before it or it is out of range
     */
    public int readInt(String field, int min, int max) {
        int value = readInt(field);
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    type + " " + field + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /**
     * Reads a {@code long}.
     *
     * @param field the field's name, for the message
     * @return the value
     * @throws IllegalArgumentException when the bytes end before it
     */
    public long readLong(String field) {
        require(Long.BYTES, field);
        return buffer.getLong();
    }

    /**
     * Reads a {@code long} count, {@code >= 0}.
     *
     * @param field the field's name, for the message
     * @return the count
     * @throws IllegalArgumentException when the bytes end before it or it is negative
     */
    public long readCount(String field) {
        require(Long.BYTES, field);
        long count = buffer.getLong();
        if (count < 0) {
            throw new IllegalArgumentException(type + " " + field + " must be >= 0, was " + count);
        }
        return count;
    }

    /**
     * Reads a {@code double}, {@code -0.0} read as {@code 0.0}.
     *
     * @param field the field's name, for the message
     * @return the value
     * @throws IllegalArgumentException when the bytes end before it
     */
    public double readDouble(String field) {
        require(Double.BYTES, field);
        return buffer.getDouble() + 0.0;
    }

    /**
     * Reads an instant: a {@code long} of seconds since 1970-01-01T00:00:00Z and an {@code int}
     * of nanoseconds, in {@link Instant}'s range.
     *
     * @param field the field's name, for the message
     * @return the instant
     * @throws IllegalArgumentException when the bytes end before it, or the seconds are outside
     *     {@link Instant#MIN}..{@link Instant#MAX} or the nanoseconds outside 0..999,999,999
     */
    public Instant readInstant(String field) {
        long seconds = readLong(field + " seconds");
        int nanos = readInt(field + " nanoseconds", 0, 999_999_999);
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new IllegalArgumentException(type + " " + field + " seconds must be in "
                    + Instant.MIN.getEpochSecond() + ".." + Instant.MAX.getEpochSecond()
                    + ", was " + seconds);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * Reads a decimal: an {@code int} scale, then a block ({@link #readBlock}) of 1 to
     * {@code maxBytes} bytes holding the unscaled value in the minimal two's-complement form of
     * {@link BigInteger#toByteArray()}.
     *
     * @param field the field's name, for the message
     * @param maxBytes the longest unscaled value, in bytes
     * @return the decimal, with the encoded scale
     * @throws IllegalArgumentException when the bytes end before it, or the unscaled value is
     *     empty, longer than {@code maxBytes} or not in its minimal form
     */
    public BigDecimal readDecimal(String field, int maxBytes) {
        int scale = readInt(field + " scale");
        int length = readInt(field + " length", 1, maxBytes);
        require(length, field);
        byte[] unscaled = new byte[length];
        buffer.get(unscaled);
        BigInteger value = new BigInteger(unscaled);
        if (!Arrays.equals(value.toByteArray(), unscaled)) {
            throw new IllegalArgumentException(
                    type + " " + field + " must be in minimal two's-complement form, was not");
        }
        return new BigDecimal(value, scale);
    }

    /**
     * Reads a text: an unsigned {@code short} length of at most {@code maxBytes}, then that
     * many bytes of well-formed UTF-8.
     *
     * @param field the field's name, for the message
     * @param maxBytes the longest valid encoding, at most 65535
     * @return the text
     * @throws IllegalArgumentException when the bytes end before it, the length exceeds
     *     {@code maxBytes} or the bytes are not UTF-8
     */
    public String readText(String field, int maxBytes) {
        require(Short.BYTES, field + " length");
        int length = Short.toUnsignedInt(buffer.getShort());
        if (length > maxBytes) {
            throw new IllegalArgumentException(type + " " + field + " must be at most " + maxBytes
                    + " UTF-8 bytes, was " + length);
        }
        require(length, field);
        ByteBuffer text = buffer.slice().limit(length);
        buffer.position(buffer.position() + length);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(text)
                    .toString();
        } catch (CharacterCodingException malformed) {
            throw new IllegalArgumentException(
                    type + " " + field + " must be well-formed UTF-8, was not");
        }
    }

    /**
     * Reads a text of a sorted list ({@link #readText}) and checks that it comes after the one
     * before it in {@link String#compareTo} order, so that the list has no repeats.
     *
     * @param field the texts' name, singular, for the message
     * @param maxBytes the longest valid encoding, at most 65535
     * @param previous the text before it, or {@code null} for the first
     * @return the text
     * @throws IllegalArgumentException as {@link #readText} does, and when the text does not come
     *     after {@code previous}
     */
    public String readTextAfter(String field, int maxBytes, String previous) {
        String text = readText(field, maxBytes);
        if (previous != null && previous.compareTo(text) >= 0) {
            throw new IllegalArgumentException(type + " " + field + "s must be in ascending order"
                    + " without repeats, '" + text + "' follows '" + previous + "'");
        }
        return text;
    }

    /**
     * Reads a block: an {@code int} length, then that many bytes.
     *
     * @param field the block's name, for the message
     * @return the block's bytes
     * @throws IllegalArgumentException when the length is negative or more bytes than remain
     */
    public byte[] readBlock(String field) {
        int length = readInt(field + " length");
        if (length < 0 || length > buffer.remaining()) {
            throw new IllegalArgumentException(type + " " + field + " of " + length
                    + " bytes must fit the " + buffer.remaining() + " bytes that remain");
        }
        byte[] block = new byte[length];
        buffer.get(block);
        return block;
    }

    /**
     * Checks that at least {@code count} items of {@code itemBytes} bytes each remain, before
     * an array of them is allocated.
     *
     * @param count the number of items the bytes announce
     * @param itemBytes the smallest encoding of one item
     * @param field the items' name, for the message
     * @throws IllegalArgumentException when fewer bytes remain
     */
    public void requireItems(long count, int itemBytes, String field) {
        if (count * itemBytes > buffer.remaining()) {
            throw new IllegalArgumentException(type + " bytes are truncated: " + count + " " + field
                    + " need at least " + count * itemBytes + " more bytes, "
                    + buffer.remaining() + " remain");
        }
    }

    /**
     * Checks that every byte was read.
     *
     * @throws IllegalArgumentException when bytes remain
     */
    public void requireEnd() {
        if (buffer.hasRemaining()) {
            throw new IllegalArgumentException(
                    type + " bytes must be " + buffer.position() + " long, were " + buffer.limit());
        }
    }

    private void require(int bytes, String field) {
        if (buffer.remaining() < bytes) {
            throw new IllegalArgumentException(type + " bytes are truncated: " + buffer.limit()
                    + " bytes end before the " + field + " at byte " + buffer.position());
        }
    }
}
