package dev.cxkit.cli.input;

import dev.cxkit.cli.DataException;
import dev.cxkit.cli.UsageException;
import dev.cxkit.json.CxJson;
import dev.cxkit.model.Touchpoint;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a touchpoint file: one JSON object per line, as {@code cx sample} writes it.
 *
 * <p>Stateless: its static methods are thread-safe.
 */
public final class Touchpoints {

    private Touchpoints() {}

    /**
     * {@return the touchpoints of {@code file}, in file order}
     *
     * @param file the touchpoint file
     * @throws UsageException when the file cannot be read
     * @throws DataException when a line is not a touchpoint
     */
    public static List<Touchpoint> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read file '" + file + "'");
        }
        List<Touchpoint> list = new ArrayList<>();
        try (MappingIterator<Touchpoint> values =
                CxJson.mapper().readerFor(Touchpoint.class).readValues(file.toFile())) {
            values.forEachRemaining(list::add);
        } catch (JacksonException failed) {
            throw new DataException(
                    "cannot read touchpoints from '" + file + "': " + failed.getOriginalMessage());
        }
        return list;
    }
}
