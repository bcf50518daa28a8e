package dev.cxkit.score;

import dev.cxkit.model.Scale;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The shared header of the score summaries' binary forms, big-endian:
 *
 * <pre>
 *   int   magic          identifies the summary type
 *   byte  version        format version, currently 1
 *   short nameLength     UTF-8 bytes of the scale name (1..255)
 *   byte[] name
 *   int   min, max       the scale bounds
 * </pre>
 *
 * followed by a body of fixed size per scale point that each summary defines. Decoding is
 * strict: a wrong magic, version, name length, scale or total length is an
 * {@link IllegalArgumentException}.
 */
final class BinaryForm {

    static final byte VERSION = 1;
    private static final int MAX_NAME_BYTES = 255;

    private BinaryForm() {}

    /** A buffer holding the header for {@code scale}, with room for {@code bytesPerPoint}. */
    static ByteBuffer start(int magic, Scale scale, int bytesPerPoint) {
        byte[] name = scale.name().getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("scale name must be at most " + MAX_NAME_BYTES
                    + " UTF-8 bytes to be encoded, was " + name.length);
        }
        ByteBuffer buffer =
                ByteBuffer.allocate(headerLength(name.length) + scale.points() * bytesPerPoint);
        return buffer.putInt(magic)
                .put(VERSION)
                .putShort((short) name.length)
                .put(name)
                .putInt(scale.min())
                .putInt(scale.max());
    }

    /**
     * Reads and checks the header of {@code bytes} and returns the scale, leaving
     * {@code buffer} at the body; checks that the body is exactly {@code bytesPerPoint} per
     * point.
     */
    static Scale readHeader(ByteBuffer buffer, int magic, String type, int bytesPerPoint) {
        int length = buffer.remaining();
        try {
            int actualMagic = buffer.getInt();
            if (actualMagic != magic) {
                throw new IllegalArgumentException(String.format(
                        "%s bytes must start with magic 0x%08X, was 0x%08X",
                        type, magic, actualMagic));
            }
            byte version = buffer.get();
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        type + " format version must be " + VERSION + ", was " + version);
            }
            int nameLength = buffer.getShort();
            if (nameLength < 1 || nameLength > MAX_NAME_BYTES) {
                throw new IllegalArgumentException(type + " scale name length must be in 1.."
                        + MAX_NAME_BYTES + ", was " + nameLength);
            }
            byte[] name = new byte[nameLength];
            buffer.get(name);
            Scale scale = Scale.of(decodeName(name, type), buffer.getInt(), buffer.getInt());
            int expected = headerLength(nameLength) + scale.points() * bytesPerPoint;
            if (length != expected) {
                throw new IllegalArgumentException(type + " bytes for scale " + scale + " must be "
                        + expected + " long, were " + length);
            }
            return scale;
        } catch (BufferUnderflowException truncated) {
            throw new IllegalArgumentException(
                    type + " bytes are truncated: " + length + " bytes hold no complete header");
        }
    }

    /** Reads a count and rejects a negative one, naming the score. */
    static long readCount(ByteBuffer buffer, String type, int score) {
        long count = buffer.getLong();
        if (count < 0) {
            throw new IllegalArgumentException(
                    type + " count of score " + score + " must be >= 0, was " + count);
        }
        return count;
    }

    /**
     * The sum of {@code counts}, rejecting one that does not fit a {@code long} as malformed
     * bytes.
     */
    static long total(long[] counts, String type) {
        long total = 0;
        for (long count : counts) {
            total += count;
            if (total < 0) {
                throw new IllegalArgumentException(
                        type + " counts must sum to at most " + Long.MAX_VALUE + " responses");
            }
        }
        return total;
    }

    /** The scale name, rejecting bytes that are not well-formed UTF-8. */
    private static String decodeName(byte[] name, String type) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name))
                    .toString();
        } catch (CharacterCodingException malformed) {
            throw new IllegalArgumentException(
                    type + " scale name must be well-formed UTF-8, was not");
        }
    }

    private static int headerLength(int nameBytes) {
        return Integer.BYTES + 1 + Short.BYTES + nameBytes + 2 * Integer.BYTES;
    }
}
