package dev.cxkit.text.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class LexiconsTest {

    private static Map<String, Double> read(String text) throws IOException {
        return Lexicons.readTsv(new StringReader(text), "lex.tsv");
    }

    @Test
    void readsWordsAndPhrasesWithScores() throws IOException {
        assertThat(read("\uFEFF# my lexicon\nbom\t3\n\nnão gostei\t-2\nruim\t-3.5\n"))
                .containsExactly(
                        Map.entry("bom", 3.0),
                        Map.entry("não gostei", -2.0),
                        Map.entry("ruim", -3.5));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("afinn.tsv");
        Files.writeString(file, "ótimo\t3\n");
        assertThat(Lexicons.readTsv(file)).containsExactly(Map.entry("ótimo", 3.0));
    }

    @Test
    void badLinesNameFileLineAndValue() {
        assertThatThrownBy(() -> read("bom\t3\nruim -3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lex.tsv:2: a lexicon line must be a word, a tab and a score,"
                        + " was 'ruim -3'");
        assertThatThrownBy(() -> read("bom\tmuito\n"))
                .hasMessage("lex.tsv:1: score of 'bom' must be a finite number, was 'muito'");
        assertThatThrownBy(() -> read("bom\t1\nbom\t2\n"))
                .hasMessage("lex.tsv:2: word 'bom' is already in the lexicon");
        assertThatThrownBy(() -> read("# only a comment\n"))
                .hasMessage("lex.tsv: the lexicon holds no entries");
        assertThatThrownBy(() -> read("bom\tNaN\n")).hasMessageContaining("finite number");
    }
}
