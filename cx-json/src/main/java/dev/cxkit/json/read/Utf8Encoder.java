package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters as UTF-8 bytes, for the readers that work on bytes. An unpaired surrogate, which
 * is no text, becomes the byte {@code 0xFF}, which is never valid UTF-8, so the record holding it
 * is rejected as invalid text at its column. Not thread-safe.
 */
final class Utf8Encoder extends InputStream {

    private static final int BUFFER_CHARS = 1 << 13;

    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_CHARS).flip();
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * BUFFER_CHARS + 16).flip();
    private boolean endOfInput;

    Utf8Encoder(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        while (!bytes.hasRemaining()) {
            if (!refill()) {
                return -1;
            }
        }
        return bytes.get() & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!refill()) {
                return -1;
            }
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(into, offset, count);
        return count;
    }

    /** Encodes more characters; false when all were encoded and the input has ended. */
    private boolean refill() throws IOException {
        if (endOfInput && !chars.hasRemaining()) {
            return false;
        }
        if (!endOfInput) {
            chars.compact();
            int read = in.read(chars);
            endOfInput = read < 0;
            chars.flip();
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfInput);
        if (result.isError()) {
            chars.position(chars.position() + result.length());
            bytes.put((byte) 0xFF);
        }
        bytes.flip();
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
