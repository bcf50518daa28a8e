package dev.cxkit.text.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads sentiment lexicons in the tab-separated form of AFINN (Nielsen 2011): one entry a line,
 * the word or phrase, a tab, and its score (a number, typically an integer from -5 to 5). Blank
 * lines and lines starting with {@code #} are skipped. cxkit bundles no lexicon: the user
 * supplies one whose licence fits their use.
 *
 * <p>Static functions without state: thread-safe; each call returns a new map, the caller's own.
 */
public final class Lexicons {

    private Lexicons() {}

    /**
     * {@return the entries of the lexicon file {@code path}, in file order, read as UTF-8}
     *
     * @param path the lexicon file
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, line, field and value when a line is
     *     not an entry, a score is not a finite number, or an entry repeats
     */
    public static Map<String, Double> readTsv(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return readTsv(reader, path.toString());
        }
    }

    /**
     * {@return the entries read from {@code reader}, as {@link #readTsv(Path)}; {@code source}
     * names it}
     *
     * @param reader the lexicon's text, one entry a line
     * @param source the name of the lexicon in messages, for example its file name
     * @throws IOException when the reader fails
     * @throws IllegalArgumentException as {@link #readTsv(Path)}, naming {@code source}
     */
    public static Map<String, Double> readTsv(Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        BufferedReader lines = reader instanceof BufferedReader b
                ? b
                : new BufferedReader(Objects.requireNonNull(reader, "reader"));
        Map<String, Double> entries = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + number + ": ";
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(where + "a lexicon line must be a word, a tab"
                        + " and a score, was '" + line + "'");
            }
            String word = line.substring(0, tab).strip();
            String text = line.substring(tab + 1).strip();
            double score;
            try {
                score = Double.parseDouble(text);
            } catch (NumberFormatException notNumber) {
                score = Double.NaN;
            }
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException(where + "score of '" + word
                        + "' must be a finite number, was '" + text + "'");
            }
            if (word.isEmpty()) {
                throw new IllegalArgumentException(where + "word must not be empty");
            }
            if (entries.put(word, score) != null) {
                throw new IllegalArgumentException(
                        where + "word '" + word + "' is already in the lexicon");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": the lexicon holds no entries");
        }
        return entries;
    }
}
