package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cx comments} on a synthetic Brazilian e-commerce review export, by flags only. */
class CommentsCommandTest {

    @TempDir
    static Path dir;

    static Path reviews;

    private static final String[] EXPORT_FLAGS = {
        "--scale",
        "csat",
        "--column",
        "score=review_score",
        "--column",
        "comment=review_comment_message",
        "--column",
        "time=review_creation_date",
        "--column",
        "customerId=review_id",
        "--time-format",
        "yyyy-MM-dd HH:mm:ss",
        "--zone",
        "America/Sao_Paulo",
        "--language",
        "pt"
    };

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void writeExport() throws Exception {
        reviews = dir.resolve("olist_order_reviews.csv");
        ReviewExport.write(reviews, 4000, 20180101L);
    }

    static Run cx(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cx.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] args(String... extra) {
        List<String> all = new ArrayList<>(List.of("comments", reviews.toString()));
        all.addAll(List.of(EXPORT_FLAGS));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /** The CSV rows of table {@code table} as field-to-value maps (cells hold no comma here). */
    private static List<java.util.Map<String, String>> rows(String csv, String table) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", header.size());
            if (cells[0].equals(table)) {
                java.util.Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.size() && i < cells.length; i++) {
                    row.put(header.get(i), cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The terms of one side, in rank order, from CSV output. */
    private static List<String> terms(String csv, String side) {
        return rows(csv, "terms").stream()
                .filter(row -> row.get("side").equals(side))
                .map(row -> row.get("term"))
                .toList();
    }

    @Test
    void lowStarsTalkAboutDeliveryAndWrongItemsHighStarsAboutPraise() {
        Run run = cx(args("-f", "csv", "--top", "10"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        List<String> low = terms(run.out(), "low");
        List<String> high = terms(run.out(), "high");
        assertThat(low).hasSize(10);
        assertThat(high).hasSize(10);
        // what goes wrong (light stems of Portuguese): not received, late delivery past the
        // deadline, wrong item; "entrega" alone is not distinctive: praise says "entrega
        // rápida"
        assertThat(low).contains("não", "recebi", "errad");
        assertThat(low).anyMatch(term -> term.startsWith("atras"));
        assertThat(low).anyMatch(term -> term.contains("entreg") || term.contains("praz"));
        // praise
        assertThat(high).contains("recomend", "otim", "excelent");
        assertThat(high).noneMatch(low::contains);
        assertThat(low).doesNotContain("recomend", "otim", "excelent", "adorei");
    }

    @Test
    void tableShowsCountsAndAnExampleCommentPerTerm() {
        Run run = cx(args("--top", "5"));

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Distinctive terms, low:high, language pt")
                .contains("Comments per side");
        String line = run.out()
                .lines()
                .filter(l -> l.startsWith("all    csat   low "))
                .findFirst()
                .orElseThrow();
        // group, scale, side, term, z, log-odds, count, other side, then the example comment
        // on one line (CSV line breaks inside the comment folded)
        assertThat(line)
                .matches("all\\s+csat\\s+low\\s+\\S.*\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9]+"
                        + "\\s+[0-9]+\\s+\\S.*");
        assertThat(run.out()).containsPattern("all\\s+csat\\s+low\\s+1-2\\s+[0-9]+");
    }

    @Test
    void jsonHasBothSidesWithTermsCountsAndExamples() {
        Run run = cx(args("-f", "json", "--compare", "1-2:rest", "--top", "3"));

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains(
                        "\"terms\" : [",
                        "\"sides\" : [",
                        "\"side\" : \"scores 1-2\"",
                        "\"side\" : \"rest\"",
                        "\"term\" :",
                        "\"otherCount\" :",
                        "\"example\" :",
                        "\"logOdds\" :");
    }

    @Test
    void lexiconAddsSentimentPerSideWithIntervals() throws Exception {
        Path lexicon = dir.resolve("lexicon.tsv");
        Files.writeString(
                lexicon,
                "# word\tscore\nótimo\t3\nexcelente\t3\nrecomendo\t2\n"
                        + "péssimo\t-3\natrasou\t-2\nerrado\t-2\ndefeito\t-2\nadorei\t3\n",
                StandardCharsets.UTF_8);
        Run run = cx(args("--lexicon", lexicon.toString(), "--top", "3"));

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .containsPattern(
                        "all\\s+csat\\s+low\\s+1-2\\s+[0-9]+\\s+-[0-9.]+\\s+\\[-[0-9.]+, -[0-9.]+\\]")
                .containsPattern(
                        "all\\s+csat\\s+high\\s+4-5\\s+[0-9]+\\s+[0-9.]+\\s+\\[[0-9.]+, [0-9.]+\\]");
    }

    @Test
    void groupsByTouchpoint() throws Exception {
        Path file = dir.resolve("responses.csv");
        StringBuilder csv = new StringBuilder("customerId,touchpointId,time,score,comment\n");
        for (int i = 0; i < 60; i++) {
            boolean low = i % 2 == 0;
            csv.append("c")
                    .append(i)
                    .append(i % 3 == 0 ? ",delivery," : ",app,")
                    .append("2026-01-01T00:00:00Z,")
                    .append(low ? 3 : 10)
                    .append(',')
                    .append(
                            i % 3 == 0
                                    ? (low ? "parcel late again" : "fast parcel")
                                    : (low ? "app crashes on login" : "easy app"))
                    .append('\n');
        }
        Files.writeString(file, csv);
        Run run = cx(
                "comments",
                file.toString(),
                "--scale",
                "nps",
                "--by",
                "touchpoint",
                "--compare",
                "detractors:promoters",
                "--language",
                "en",
                "-f",
                "csv");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("terms,delivery,nps,detractors,late,")
                .contains("terms,app,nps,detractors,crashe,")
                .contains("sides,delivery,nps,promoters,,,,,,,9-10,10");
    }

    @Test
    void usageErrorsNameTheFlag() {
        assertThat(cx(args("--language", "portuguese")).err())
                .contains("--language")
                .contains("ISO 639-1");
        Run overlap = cx(args("--compare", "1-3:3-5"));
        assertThat(overlap.exit()).isEqualTo(Cx.USAGE);
        assertThat(overlap.err()).contains("must not overlap");
        assertThat(cx(args("--compare", "bad")).err()).contains("two sides A:B");
        assertThat(cx(args("--compare", "1-9:rest")).err()).contains("within csat (1..5)");
    }
}
