package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Counts;

import org.apache.datasketches.frequencies.ItemsSketch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Counts the terms of comments in one group (an NPS group, a touchpoint, a period...):
 * unigrams and, when {@code maxGram} is 2, the bigrams of adjacent terms, written as the two
 * terms joined by one space. {@link #snapshot()} gives the immutable {@link TermCounts}.
 *
 * <p><b>Exact up to a vocabulary bound, then a frequent-items sketch.</b> Counts are held in
 * Apache DataSketches' frequent-items sketch ({@link ItemsSketch}, the Misra-Gries family with
 * the mergeable error bound of Agarwal, Cormode, Huang, Phillips, Wei and Yi 2013, "Mergeable
 * summaries", ACM Transactions on Database Systems 38(4):26). Its map is sized so that at least
 * {@code vocabularyBound} distinct terms fit ({@link TermCounts#capacity()}, three quarters of
 * a power of two); while the distinct terms seen stay within that capacity every count is exact
 * and {@link TermCounts#isExact()} holds. Beyond it the sketch purges its smallest counters:
 * every count becomes an estimate whose true value lies in {@code [lowerBound, upperBound]},
 * the gap being at most {@link TermCounts#maxError()} (at most about {@code 3.5 n / (4/3
 * capacity)} for {@code n} counted terms), rare terms may be dropped, and any term whose true
 * count exceeds {@code maxError()} is kept. The total {@link TermCounts#n()} and the number of
 * comments stay exact.
 *
 * <p>{@link #merge(TermCountAccumulator)} adds counts: exact, associative and commutative while
 * the union of the vocabularies stays within capacity; beyond it the merged estimates keep the
 * error bound (their exact values depend on the order of merging). Only counts made with the
 * same analyzer, bound and n-gram order merge. Not thread-safe: give each thread its own
 * accumulator and merge them, as the {@link Collector} does on a parallel stream.
 */
public final class TermCountAccumulator {

    /** The largest accepted vocabulary bound: 3 * 2^20 distinct terms. */
    public static final int MAX_VOCABULARY_BOUND = 3 << 20;

    private static final int MAX_ANALYZER_BYTES = 255;

    private final String analyzer;
    private final int vocabularyBound;
    private final int maxGram;
    private final ItemsSketch<String> sketch;
    private long comments;

    private TermCountAccumulator(
            String analyzer,
            int vocabularyBound,
            int maxGram,
            ItemsSketch<String> sketch,
            long comments) {
        this.analyzer = analyzer;
        this.vocabularyBound = vocabularyBound;
        this.maxGram = maxGram;
        this.sketch = sketch;
        this.comments = comments;
    }

    /**
     * {@return an empty accumulator}
     *
     * @param analyzer names the tokenizer the terms come from (for example {@code "pt"}); counts
     *     of different analyzers never merge. Non-blank, at most 255 UTF-8 bytes.
     * @param vocabularyBound the distinct terms (unigrams and bigrams together) counted exactly,
     *     in {@code 1..}{@link #MAX_VOCABULARY_BOUND}
     * @param maxGram 1 to count single terms, 2 to count bigrams as well
     * @throws IllegalArgumentException when an argument is out of its range
     */
    public static TermCountAccumulator create(String analyzer, int vocabularyBound, int maxGram) {
        checkAnalyzer(analyzer);
        return new TermCountAccumulator(
                analyzer,
                vocabularyBound,
                checkMaxGram(maxGram),
                new ItemsSketch<>(mapSize(vocabularyBound)),
                0);
    }

    /**
     * {@return a collector of comments, each given as its terms, into term counts; safe on parallel
     * streams (exact while the vocabulary stays within capacity)}
     *
     * @param analyzer the name of the analyzer the terms come from
     * @param vocabularyBound the number of distinct terms counted exactly, {@code >= 1}
     * @param maxGram the longest n-gram counted: 1 (terms) or 2 (terms and bigrams)
     */
    public static Collector<List<String>, TermCountAccumulator, TermCounts> toTermCounts(
            String analyzer, int vocabularyBound, int maxGram) {
        create(analyzer, vocabularyBound, maxGram);
        return Collector.of(
                () -> create(analyzer, vocabularyBound, maxGram),
                TermCountAccumulator::add,
                TermCountAccumulator::merge,
                TermCountAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * {@return an accumulator holding {@code counts}, to add more to}
     *
     * @param counts the counts to start from
     */
    public static TermCountAccumulator of(TermCounts counts) {
        Objects.requireNonNull(counts, "counts");
        return create(counts.analyzer(), counts.vocabularyBound(), counts.maxGram())
                .merge(counts);
    }

    /** {@return the analyzer the terms come from} */
    public String analyzer() {
        return analyzer;
    }

    /** {@return comments added so far} */
    public long comments() {
        return comments;
    }

    /**
     * Adds one comment given as its terms in text order: each term once, and each pair of
     * adjacent terms once as a bigram when {@code maxGram} is 2. A comment without terms
     * counts as a comment.
     *
     * @param terms one comment's terms, in text order
     * @return this accumulator
     * @throws IllegalArgumentException when a term is empty; the accumulator is then unchanged
     */
    public TermCountAccumulator add(List<String> terms) {
        Objects.requireNonNull(terms, "terms");
        for (int i = 0; i < terms.size(); i++) {
            checkArgument(
                    !Objects.requireNonNull(terms.get(i), "term").isEmpty(),
                    "term %s of a comment is empty",
                    i);
        }
        for (int i = 0; i < terms.size(); i++) {
            sketch.update(terms.get(i));
            if (maxGram == 2 && i > 0) {
                sketch.update(terms.get(i - 1) + ' ' + terms.get(i));
            }
        }
        comments++;
        return this;
    }

    /**
     * Adds every comment of {@code comments}, each given as its terms.
     *
     * @param comments the comments, each as its terms in text order
     * @return this accumulator
     */
    public TermCountAccumulator addAll(Iterable<? extends List<String>> comments) {
        Objects.requireNonNull(comments, "comments").forEach(this::add);
        return this;
    }

    /**
     * Adds {@code other}'s counts; see the class comment for exactness.
     *
     * @param other the accumulator to add, made with the same analyzer, bound and n-gram order;
     *     unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when they were made differently, or when the merged
     *     number of comments would exceed {@link Long#MAX_VALUE}; this accumulator is then
     *     unchanged
     */
    public TermCountAccumulator merge(TermCountAccumulator other) {
        Objects.requireNonNull(other, "other");
        requireSame(other.analyzer, other.vocabularyBound, other.maxGram);
        long merged = Counts.add(comments, other.comments, "comments");
        sketch.merge(other.sketch);
        comments = merged;
        return this;
    }

    /**
     * Adds the counts of {@code counts}; see the class comment for exactness.
     *
     * @param counts the term counts to add, made with the same analyzer, bound and n-gram order
     * @return this accumulator
     * @throws IllegalArgumentException when they were made differently, or when the merged
     *     number of comments would exceed {@link Long#MAX_VALUE}; this accumulator is then
     *     unchanged
     */
    public TermCountAccumulator merge(TermCounts counts) {
        Objects.requireNonNull(counts, "counts");
        requireSame(counts.analyzer(), counts.vocabularyBound(), counts.maxGram());
        long merged = Counts.add(comments, counts.comments(), "comments");
        sketch.merge(counts.sketch());
        comments = merged;
        return this;
    }

    /** {@return the counts so far; later additions do not change them} */
    public TermCounts snapshot() {
        return TermCounts.of(
                analyzer, vocabularyBound, maxGram, comments, sketch.toByteArray(TermCounts.SERDE));
    }

    private void requireSame(String otherAnalyzer, int otherBound, int otherMaxGram) {
        checkArgument(
                analyzer.equals(otherAnalyzer)
                        && vocabularyBound == otherBound
                        && maxGram == otherMaxGram,
                "term counts of analyzer '%s', vocabulary bound %s and n-grams up to %s cannot merge into counts of analyzer '%s', vocabulary bound %s and n-grams up to %s",
                otherAnalyzer,
                otherBound,
                otherMaxGram,
                analyzer,
                vocabularyBound,
                maxGram);
    }

    /** The sketch's map size: the smallest power of two, at least 8, of which 3/4 hold the bound. */
    static int mapSize(int vocabularyBound) {
        checkArgument(
                !(vocabularyBound < 1 || vocabularyBound > MAX_VOCABULARY_BOUND),
                "vocabularyBound must be in 1..%s, was %s",
                MAX_VOCABULARY_BOUND,
                vocabularyBound);
        int size = 8;
        while (size / 4 * 3 < vocabularyBound) {
            size <<= 1;
        }
        return size;
    }

    static String checkAnalyzer(String analyzer) {
        Objects.requireNonNull(analyzer, "analyzer");
        int bytes = analyzer.getBytes(StandardCharsets.UTF_8).length;
        checkArgument(
                !(analyzer.isBlank() || bytes > MAX_ANALYZER_BYTES),
                "analyzer must be non-blank and at most %s UTF-8 bytes, was '%s'",
                MAX_ANALYZER_BYTES,
                analyzer);
        return analyzer;
    }

    static int checkMaxGram(int maxGram) {
        checkArgument(!(maxGram != 1 && maxGram != 2), "maxGram must be 1 or 2, was %s", maxGram);
        return maxGram;
    }
}
