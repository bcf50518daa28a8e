package dev.cxkit.json.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Text to read records from: the characters, where invalid UTF-8 was met, and the source's
 * name. Gzip is recognised by its magic bytes and a UTF-8 byte order mark is dropped.
 */
record Input(Reader text, InvalidUtf8 invalid, String source) {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char BOM = '\uFEFF';

    static Input of(InputStream bytes, String source) throws IOException {
        InputStream in = new BufferedInputStream(bytes, BUFFER_BYTES);
        if (startsWith(in, new byte[] {0x1f, (byte) 0x8b})) {
            in = new BufferedInputStream(CorruptInput.guarding(gzip(in)), BUFFER_BYTES);
        }
        if (startsWith(in, UTF8_BOM)) {
            in.skipNBytes(UTF8_BOM.length);
        }
        Utf8Reader reader = new Utf8Reader(in);
        return new Input(reader, reader, source);
    }

    static Input of(Reader chars, String source) throws IOException {
        PushbackReader reader = new PushbackReader(chars, 1);
        int first = reader.read();
        if (first != -1 && first != BOM) {
            reader.unread(first);
        }
        return new Input(reader, InvalidUtf8.NONE, source);
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
