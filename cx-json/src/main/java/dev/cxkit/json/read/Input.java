package dev.cxkit.json.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * What records are read from: UTF-8 bytes or characters, and the source's name. Gzip is
 * recognised by its magic bytes and a UTF-8 byte order mark is dropped. Each reader takes the
 * form it works on: {@link #bytes()} (NDJSON) or {@link #text()} with where invalid UTF-8 was
 * met (the other formats); the other form is made from the one given on first use.
 */
final class Input {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char BOM = '\uFEFF';

    private final String source;
    private InputStream bytes;
    private Reader text;
    private InvalidUtf8 invalid = InvalidUtf8.NONE;

    private Input(InputStream bytes, Reader text, String source) {
        this.bytes = bytes;
        this.text = text;
        this.source = source;
    }

    /** UTF-8 bytes as they are: no gzip, no byte order mark looked for (a part of a file). */
    static Input utf8(InputStream bytes, String source) {
        return new Input(bytes, null, source);
    }

    static Input of(InputStream bytes, String source) throws IOException {
        InputStream in = new BufferedInputStream(bytes, BUFFER_BYTES);
        if (startsWith(in, new byte[] {0x1f, (byte) 0x8b})) {
            in = new BufferedInputStream(CorruptInput.guarding(gzip(in)), BUFFER_BYTES);
        }
        if (startsWith(in, UTF8_BOM)) {
            in.skipNBytes(UTF8_BOM.length);
        }
        return new Input(in, null, source);
    }

    static Input of(Reader chars, String source) throws IOException {
        PushbackReader reader = new PushbackReader(chars, 1);
        int first = reader.read();
        if (first != -1 && first != BOM) {
            reader.unread(first);
        }
        return new Input(null, reader, source);
    }

    /** True when the input was given as characters, not bytes. */
    boolean givenAsText() {
        return bytes == null;
    }

    /** The input's name. */
    String source() {
        return source;
    }

    /** The input as UTF-8 bytes; characters given are encoded ({@link Utf8Encoder}). */
    InputStream bytes() {
        if (bytes == null) {
            bytes = new Utf8Encoder(text);
        }
        return bytes;
    }

    /** The input as characters; bytes given are decoded strictly ({@link Utf8Reader}). */
    Reader text() {
        if (text == null) {
            Utf8Reader reader = new Utf8Reader(bytes);
            text = reader;
            invalid = reader;
        }
        return text;
    }

    /** Where invalid UTF-8 was met in {@link #text()}. */
    InvalidUtf8 invalid() {
        text();
        return invalid;
    }

    /** A gzip stream over {@code in}, whose header, if broken, is a {@link CorruptInput}. */
    private static InputStream gzip(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, BUFFER_BYTES);
        } catch (java.io.EOFException | java.util.zip.ZipException broken) {
            throw new CorruptInput(
                    "gzip-compressed input has a broken or truncated header", broken);
        }
    }

    private static boolean startsWith(InputStream in, byte[] prefix) throws IOException {
        in.mark(prefix.length);
        byte[] head = in.readNBytes(prefix.length);
        in.reset();
        return Arrays.equals(head, prefix);
    }
}
