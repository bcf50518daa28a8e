package dev.cxkit.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes cxkit values as NDJSON: one JSON object per line, UTF-8, each line ended by
 * {@code \n}, in the forms the {@link CxModule} defines. What it writes, {@link dev.cxkit.json.read.CxReader} reads
 * back equal. Not thread-safe; close it to flush and release the output.
 */
public final class NdjsonWriter implements Closeable, Flushable {

    private static final ObjectWriter WRITER = CxJson.mapper().writer().withRootValueSeparator("");

    private final JsonGenerator generator;

    private NdjsonWriter(Writer out) {
        this.generator = WRITER.createGenerator(out);
    }

    /**
     * Writes to {@code out}, which this writer closes.
     *
     * @param out the destination, closed with this writer
     * @return a writer to {@code out}
     */
    public static NdjsonWriter to(Writer out) {
        return new NdjsonWriter(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes UTF-8 to {@code out}, which this writer closes.
     *
     * @param out the destination, closed with this writer
     * @return a writer to {@code out}
     */
    public static NdjsonWriter to(OutputStream out) {
        return to(
                new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }

    /**
     * Creates or replaces the file at {@code path}.
     *
     * @param path the file to write
     * @return a writer of the file, to close after use
     */
    public static NdjsonWriter to(Path path) {
        try {
            return to(Files.newBufferedWriter(
                    Objects.requireNonNull(path, "path"), StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Writes {@code value} as one line.
     *
     * @param value the value, written as one JSON object on its own line
     * @return this writer
     */
    public NdjsonWriter write(Object value) {
        WRITER.writeValue(generator, Objects.requireNonNull(value, "value"));
        generator.writeRaw('\n');
        return this;
    }

    /**
     * Writes each of {@code values} as one line.
     *
     * @param values the values, each written as one JSON object on its own line
     * @return this writer
     */
    public NdjsonWriter writeAll(Iterable<?> values) {
        for (Object value : values) {
            write(value);
        }
        return this;
    }

    @Override
    public void flush() {
        generator.flush();
    }

    @Override
    public void close() {
        generator.close();
    }
}
