package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reproduces Monroe, Colaresi and Quinn's weighted log-odds with informative Dirichlet prior
 * against {@code fightin_words_reference.py}, an independent NumPy computation whose output is
 * {@code fightin_words_reference.csv} beside it.
 */
class DistinctiveTermsTest {

    private record Row(
            String caseName,
            String term,
            long first,
            long second,
            long background,
            double alpha0,
            double alpha,
            double delta,
            double variance,
            double z) {}

    private static List<Row> reference() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                DistinctiveTermsTest.class.getResourceAsStream("fightin_words_reference.csv"))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                rows.add(new Row(
                        f[0],
                        f[1],
                        Long.parseLong(f[2]),
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4]),
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]),
                        Double.parseDouble(f[9])));
            }
            return rows;
        }
    }

    /** Counts holding each term {@code count(row)} times, as one comment per term. */
    private static TermCounts counts(List<Row> rows, Function<Row, Long> count) {
        TermCountAccumulator accumulator = TermCountAccumulator.create("pt", 100, 1);
        for (Row row : rows) {
            accumulator.add(Collections.nCopies(Math.toIntExact(count.apply(row)), row.term()));
        }
        return accumulator.snapshot();
    }

    private static void assertMatches(DistinctiveTerms terms, List<Row> rows) {
        Map<String, TermContrast> byTerm =
                terms.all().stream().collect(Collectors.toMap(TermContrast::term, c -> c));
        assertThat(byTerm).hasSize(rows.size());
        for (Row row : rows) {
            TermContrast c = byTerm.get(row.term());
            assertThat(c.firstCount()).isEqualTo(row.first());
            assertThat(c.secondCount()).isEqualTo(row.second());
            assertThat(c.prior()).as(row.term()).isCloseTo(row.alpha(), within(1e-12));
            assertThat(c.logOdds()).as(row.term()).isCloseTo(row.delta(), within(1e-12));
            assertThat(c.variance()).as(row.term()).isCloseTo(row.variance(), within(1e-14));
            assertThat(c.z()).as(row.term()).isCloseTo(row.z(), within(1e-11));
        }
    }

    @Test
    void pooledPriorMatchesTheNumPyReference() throws IOException {
        List<Row> rows =
                reference().stream().filter(r -> r.caseName().equals("pooled")).toList();
        DistinctiveTerms terms =
                DistinctiveTerms.compare(counts(rows, Row::first), counts(rows, Row::second));
        assertThat(terms.alpha0()).isEqualTo(rows.get(0).alpha0());
        assertMatches(terms, rows);
        assertThat(terms.topFirst(2))
                .extracting(TermContrast::term)
                .containsExactly("entrega", "atraso");
        assertThat(terms.topSecond(2))
                .extracting(TermContrast::term)
                .containsExactly("otimo", "recomendo");
    }

    @Test
    void informativeBackgroundPriorMatchesTheNumPyReference() throws IOException {
        List<Row> rows = reference().stream()
                .filter(r -> r.caseName().equals("background"))
                .toList();
        DistinctiveTerms terms = DistinctiveTerms.compare(
                counts(rows, Row::first),
                counts(rows, Row::second),
                counts(rows, Row::background),
                50,
                1);
        assertMatches(terms, rows);
    }

    @Test
    void swappingTheGroupsNegatesEveryScore() {
        TermCounts a = TermCountAccumulator.create("en", 100, 2)
                .add(List.of("late", "parcel"))
                .add(List.of("late", "again"))
                .snapshot();
        TermCounts b = TermCountAccumulator.create("en", 100, 2)
                .add(List.of("great", "parcel"))
                .add(List.of("great", "service"))
                .snapshot();
        Map<String, Double> ab = DistinctiveTerms.compare(a, b).all().stream()
                .collect(Collectors.toMap(TermContrast::term, TermContrast::z));
        Map<String, Double> ba = DistinctiveTerms.compare(b, a).all().stream()
                .collect(Collectors.toMap(TermContrast::term, TermContrast::z));
        assertThat(ab.keySet()).containsExactlyInAnyOrder("late", "great", "parcel");
        ab.forEach((term, z) -> assertThat(ba.get(term)).isCloseTo(-z, within(1e-12)));
        assertThat(ab.get("parcel")).isCloseTo(0, within(1e-12));
    }

    @Test
    void oneGroupVersusTheRestPoolsTheOthers() {
        TermCounts delivery = TermCountAccumulator.create("en", 100, 1)
                .add(List.of("late", "late", "box"))
                .snapshot();
        TermCounts app = TermCountAccumulator.create("en", 100, 1)
                .add(List.of("crash", "box"))
                .snapshot();
        TermCounts store = TermCountAccumulator.create("en", 100, 1)
                .add(List.of("queue", "box", "crash"))
                .snapshot();
        DistinctiveTerms rest = DistinctiveTerms.versusRest(delivery, List.of(app, store));
        DistinctiveTerms pooled = DistinctiveTerms.compare(
                delivery, TermCountAccumulator.of(app).merge(store).snapshot());
        assertThat(rest.all()).isEqualTo(pooled.all());
        assertThat(rest.second().count("box")).isEqualTo(2);
        assertThat(rest.topFirst(1)).extracting(TermContrast::term).containsExactly("late");
    }

    @Test
    void rejectsMismatchedAnalyzersAndBadParameters() {
        TermCounts pt =
                TermCountAccumulator.create("pt", 100, 1).add(List.of("a")).snapshot();
        TermCounts en =
                TermCountAccumulator.create("en", 100, 1).add(List.of("a")).snapshot();
        assertThatThrownBy(() -> DistinctiveTerms.compare(pt, en))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'en'");
        assertThatThrownBy(() -> DistinctiveTerms.compare(pt, pt, pt, 0, 1))
                .hasMessage("alpha0 must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> DistinctiveTerms.compare(pt, pt, pt, 1, 0))
                .hasMessage("minCount must be >= 1, was 0");
        TermCounts empty = TermCounts.empty("pt", 100, 1);
        assertThatThrownBy(() -> DistinctiveTerms.compare(empty, empty))
                .hasMessage("the two groups hold no terms to compare");
        assertThatThrownBy(() -> DistinctiveTerms.compare(pt, pt, empty, 1, 1))
                .hasMessageContaining("background of the prior must hold terms");
        assertThatThrownBy(() -> DistinctiveTerms.versusRest(pt, List.of()))
                .hasMessageContaining("at least one group");
    }
}
