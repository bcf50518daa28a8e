package dev.cxkit.text;

import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The term counts of one group of comments: an immutable, thread-safe result of
 * {@link TermCountAccumulator}. Counts are exact while {@link #isExact()} holds; otherwise each
 * is an estimate within {@link #maxError()} (see {@link TermCountAccumulator}).
 *
 * <p>Binary form ({@link #toByteArray()}), big-endian:
 *
 * <pre>
 *   int    magic           0x43585443 ("CXTC")
 *   byte   version         1
 *   short  analyzerLength  UTF-8 bytes of the analyzer name (1..255)
 *   byte[] analyzer
 *   int    vocabularyBound 1..3*2^20
 *   int    maxGram         1 or 2
 *   long   comments        >= 0
 *   int    sketchLength    >= 0
 *   byte[] sketch          the DataSketches frequent-items sketch of the terms (UTF-8 items)
 * </pre>
 *
 * Decoding is strict: a wrong magic, version, analyzer length, bound, n-gram order, negative
 * count, total length or a sketch that does not decode to the bound's map size is an
 * {@link IllegalArgumentException} naming the field and value.
 */
public final class TermCounts {

    static final int MAGIC = 0x43585443;
    static final byte VERSION = 1;
    static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();
    private static final String TYPE = "term counts";

    private final String analyzer;
    private final int vocabularyBound;
    private final int maxGram;
    private final long comments;
    private final byte[] sketchBytes;
    private final long n;
    private final long maxError;
    private final int capacity;
    private final Map<String, TermCount> counts;

    private TermCounts(
            String analyzer,
            int vocabularyBound,
            int maxGram,
            long comments,
            byte[] sketchBytes,
            ItemsSketch<String> sketch) {
        this.analyzer = analyzer;
        this.vocabularyBound = vocabularyBound;
        this.maxGram = maxGram;
        this.comments = comments;
        this.sketchBytes = sketchBytes;
        this.n = sketch.getStreamLength();
        this.maxError = sketch.getMaximumError();
        this.capacity = sketch.getMaximumMapCapacity();
        ItemsSketch.Row<String>[] rows = sketch.isEmpty()
                ? emptyRows()
                : sketch.getFrequentItems(0, ErrorType.NO_FALSE_NEGATIVES);
        List<TermCount> sorted = new ArrayList<>(rows.length);
        for (ItemsSketch.Row<String> row : rows) {
            sorted.add(new TermCount(row.getItem(), row.getEstimate(), row.getLowerBound()));
        }
        sorted.sort(Comparator.comparingLong(TermCount::count)
                .reversed()
                .thenComparing(TermCount::term));
        Map<String, TermCount> map = new LinkedHashMap<>();
        for (TermCount count : sorted) {
            map.put(count.term(), count);
        }
        this.counts = Collections.unmodifiableMap(map);
    }

    @SuppressWarnings("unchecked")
    private static ItemsSketch.Row<String>[] emptyRows() {
        return new ItemsSketch.Row[0];
    }

    static TermCounts of(
            String analyzer, int vocabularyBound, int maxGram, long comments, byte[] sketchBytes) {
        return new TermCounts(
                analyzer,
                vocabularyBound,
                maxGram,
                comments,
                sketchBytes,
                decodeSketch(sketchBytes));
    }

    /**
     * {@return empty counts: no comment, no term}
     *
     * @param analyzer the name of the analyzer the terms come from
     * @param vocabularyBound the number of distinct terms counted exactly, {@code >= 1}
     * @param maxGram the longest n-gram counted: 1 (terms) or 2 (terms and bigrams)
     */
    public static TermCounts empty(String analyzer, int vocabularyBound, int maxGram) {
        return TermCountAccumulator.create(analyzer, vocabularyBound, maxGram).snapshot();
    }

    /** {@return the analyzer the terms come from} */
    public String analyzer() {
        return analyzer;
    }

    /** {@return the distinct terms the counts were asked to hold exactly} */
    public int vocabularyBound() {
        return vocabularyBound;
    }

    /**
     * {@return the distinct terms held exactly: three quarters of the sketch's map, at least the
     * bound}
     */
    public int capacity() {
        return capacity;
    }

    /** {@return 1 for single terms, 2 when bigrams are counted as well} */
    public int maxGram() {
        return maxGram;
    }

    /** {@return the comments counted (exact)} */
    public long comments() {
        return comments;
    }

    /** {@return true when no comment was counted} */
    public boolean isEmpty() {
        return comments == 0;
    }

    /** {@return the term occurrences counted, unigrams and bigrams together (exact)} */
    public long n() {
        return n;
    }

    /**
     * {@return true when every count is exact: the vocabulary never exceeded {@link #capacity()}}
     */
    public boolean isExact() {
        return maxError == 0;
    }

    /**
     * {@return the largest possible gap between a reported count and the true one; 0 when exact}
     */
    public long maxError() {
        return maxError;
    }

    /** {@return the distinct terms held} */
    public int vocabularySize() {
        return counts.size();
    }

    /**
     * {@return the count of {@code term}: 0 when it is not held (never seen, or dropped when
     * inexact)}
     *
     * @param term the term, or two terms joined by one space
     */
    public long count(String term) {
        TermCount count = counts.get(Objects.requireNonNull(term, "term"));
        return count == null ? 0 : count.count();
    }

    /** {@return every held term with its count, by count descending, then term} */
    public List<TermCount> terms() {
        return List.copyOf(counts.values());
    }

    /**
     * {@return the {@code k} most frequent terms, by count descending, then term}
     *
     * @param k the most terms returned, {@code >= 0}
     */
    public List<TermCount> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, was " + k);
        }
        return terms().subList(0, Math.min(k, counts.size()));
    }

    /** A fresh sketch holding these counts, for merging. */
    ItemsSketch<String> sketch() {
        return decodeSketch(sketchBytes);
    }

    /** {@return the binary form described in the class comment} */
    public byte[] toByteArray() {
        byte[] name = analyzer.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(headerLength(name.length) + sketchBytes.length)
                .putInt(MAGIC)
                .put(VERSION)
                .putShort((short) name.length)
                .put(name)
                .putInt(vocabularyBound)
                .putInt(maxGram)
                .putLong(comments)
                .putInt(sketchBytes.length)
                .put(sketchBytes)
                .array();
    }

    /**
     * Decodes {@link #toByteArray()}'s form.
     *
     * @param bytes the encoded counts
     * @return the decoded counts
     * @throws IllegalArgumentException when the bytes are not a valid encoding (see the class
     *     comment)
     */
    public static TermCounts fromByteArray(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        try {
            int magic = buffer.getInt();
            if (magic != MAGIC) {
                throw new IllegalArgumentException(String.format(
                        "%s bytes must start with magic 0x%08X, was 0x%08X", TYPE, MAGIC, magic));
            }
            byte version = buffer.get();
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        TYPE + " format version must be " + VERSION + ", was " + version);
            }
            int nameLength = buffer.getShort();
            if (nameLength < 1 || nameLength > 255) {
                throw new IllegalArgumentException(
                        TYPE + " analyzer name length must be in 1..255, was " + nameLength);
            }
            byte[] name = new byte[nameLength];
            buffer.get(name);
            String analyzer =
                    TermCountAccumulator.checkAnalyzer(new String(name, StandardCharsets.UTF_8));
            int bound = buffer.getInt();
            int mapSize = TermCountAccumulator.mapSize(bound);
            int maxGram = TermCountAccumulator.checkMaxGram(buffer.getInt());
            long comments = buffer.getLong();
            if (comments < 0) {
                throw new IllegalArgumentException(
                        TYPE + " count of comments must be >= 0, was " + comments);
            }
            int sketchLength = buffer.getInt();
            long expected = (long) headerLength(nameLength) + Math.max(0, sketchLength);
            if (sketchLength < 0 || bytes.length != expected) {
                throw new IllegalArgumentException(TYPE + " bytes with a sketch of "
                        + sketchLength + " bytes must be " + expected + " long, were "
                        + bytes.length);
            }
            byte[] sketchBytes = Arrays.copyOfRange(bytes, buffer.position(), bytes.length);
            ItemsSketch<String> sketch = decodeSketch(sketchBytes);
            if (sketch.getMaximumMapCapacity() != mapSize / 4 * 3) {
                throw new IllegalArgumentException(TYPE + " sketch must hold "
                        + mapSize / 4 * 3 + " terms for vocabulary bound " + bound + ", held "
                        + sketch.getMaximumMapCapacity());
            }
            return new TermCounts(analyzer, bound, maxGram, comments, sketchBytes, sketch);
        } catch (BufferUnderflowException truncated) {
            throw new IllegalArgumentException(TYPE + " bytes are truncated: " + bytes.length
                    + " bytes hold no complete header");
        }
    }

    private static ItemsSketch<String> decodeSketch(byte[] sketchBytes) {
        try {
            return ItemsSketch.getInstance(Memory.wrap(sketchBytes), SERDE);
        } catch (RuntimeException corrupt) {
            throw new IllegalArgumentException(
                    TYPE + " sketch of " + sketchBytes.length + " bytes is corrupt: "
                            + corrupt.getMessage(),
                    corrupt);
        }
    }

    private static int headerLength(int nameBytes) {
        return Integer.BYTES
                + 1
                + Short.BYTES
                + nameBytes
                + 2 * Integer.BYTES
                + Long.BYTES
                + Integer.BYTES;
    }

    /** Equal when analyzer, bound, n-gram order, comments, totals, error and counts agree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TermCounts that
                && analyzer.equals(that.analyzer)
                && vocabularyBound == that.vocabularyBound
                && maxGram == that.maxGram
                && comments == that.comments
                && n == that.n
                && maxError == that.maxError
                && counts.equals(that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(analyzer, vocabularyBound, maxGram, comments, n, maxError, counts);
    }

    @Override
    public String toString() {
        return "TermCounts[analyzer=" + analyzer + ", comments=" + comments + ", n=" + n
                + ", vocabulary=" + counts.size()
                + (isExact() ? ", exact" : ", maxError=" + maxError) + "]";
    }
}
