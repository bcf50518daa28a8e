package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Decodes UTF-8 strictly without giving up on the rest of the input: each invalid byte
 * sequence becomes one U+FFFD and its character offset is remembered, so the record holding it
 * can be rejected while the records after it still read. Not thread-safe.
 *
 * <p>Memory is bounded whatever the input: offsets are held as primitives, and only the first
 * of those not yet {@linkplain #takeBefore taken} survives each {@link #read} call. That is
 * exact for cxkit's readers, which take the offsets of every record that ends in the
 * characters they were given before asking for more, so the offsets left at a read all belong
 * to the one record in progress, of which only the first is ever reported.
 */
final class Utf8Reader extends Reader implements InvalidUtf8 {

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
    private long[] invalidAt = new long[16];
    private int invalidHead;
    private int invalidCount;
    private boolean endOfInput;
    private long charsRead;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        keepFirstInvalid();
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                addInvalid(charsRead + out.position() - offset);
                out.put('\uFFFD');
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    break;
                }
                fill();
            }
        }
        int produced = out.position() - offset;
        charsRead += produced;
        return produced == 0 ? -1 : produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    /** Of the offsets not yet taken, keeps the first only: they are all in one record. */
    private void keepFirstInvalid() {
        if (invalidCount > 1) {
            invalidAt[0] = invalidAt[invalidHead];
            invalidHead = 0;
            invalidCount = 1;
        }
        if (invalidCount == 0) {
            invalidHead = 0;
        }
    }

    private void addInvalid(long at) {
        int end = invalidHead + invalidCount;
        if (end == invalidAt.length) {
            invalidAt = Arrays.copyOf(invalidAt, invalidAt.length * 2);
        }
        invalidAt[end] = at;
        invalidCount++;
    }

    @Override
    public OptionalLong takeBefore(long offset) {
        OptionalLong first = OptionalLong.empty();
        while (invalidCount > 0 && invalidAt[invalidHead] < offset) {
            if (first.isEmpty()) {
                first = OptionalLong.of(invalidAt[invalidHead]);
            }
            invalidHead++;
            invalidCount--;
        }
        return first;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
