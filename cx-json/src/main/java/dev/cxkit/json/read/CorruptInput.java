package dev.cxkit.json.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Bytes that cannot be read to their end because their encoding is broken: a gzip stream cut
 * short or corrupt. Readers report it as a problem of the input, in words, never as the
 * decompressor's exception.
 */
final class CorruptInput extends IOException {

    private static final long serialVersionUID = 1L;

    CorruptInput(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code gzip} with its failures turned into {@link CorruptInput}. */
    static InputStream guarding(InputStream gzip) {
        return new FilterInputStream(gzip) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (EOFException | ZipException broken) {
                    throw corrupt(broken);
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (EOFException | ZipException broken) {
                    throw corrupt(broken);
                }
            }
        };
    }

    private static CorruptInput corrupt(IOException broken) {
        if (broken instanceof EOFException) {
            return new CorruptInput(
                    "gzip-compressed input ends before its end: the file is " + "truncated",
                    broken);
        }
        return new CorruptInput(
                "gzip-compressed input is corrupt (" + broken.getMessage() + ")", broken);
    }
}
