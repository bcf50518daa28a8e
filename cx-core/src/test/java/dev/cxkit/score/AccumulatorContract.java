package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Property;
import dev.cxkit.testing.Property.Trial;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The contract every mergeable accumulator keeps, as laws over seeded random data (after
 * Apache Commons Statistics' {@code BaseDoubleStatisticTest}): adding one by one equals adding
 * columns; merging random splits equals the whole; merging an empty accumulator changes
 * nothing; merging is symmetric and associative; a parallel-stream collector equals a
 * sequential one; a snapshot does not see later additions; the binary form round-trips bit
 * for bit; combining decoded partial results equals decoding the merged result; the decoder
 * rejects corrupt bytes, and any damaged bytes give either a result or an
 * {@link IllegalArgumentException}, never another exception.
 *
 * <p>A subclass supplies the accumulator's operations over its own data type {@code D} (a
 * batch of {@code size} items) and, where results hold floating-point sums, a tolerant
 * {@link #assertEquivalent}. Every binary form starts with an {@code int} magic and a
 * {@code byte} version; a form with a count at a known offset says where with
 * {@link #firstCountOffset}.
 *
 * @param <A> the accumulator
 * @param <R> its immutable result
 * @param <D> a batch of input items
 */
public abstract class AccumulatorContract<A, R, D> {

    private static final int MAX_SIZE = 400;

    /** A new, empty accumulator. */
    protected abstract A create();

    /** {@code size} random items. */
    protected abstract D data(Trial trial, int size);

    /** Adds items {@code [from, to)} one at a time. */
    protected abstract void addEach(A accumulator, D data, int from, int to);

    /** Adds items {@code [from, to)} through the accumulator's column (batch) methods. */
    protected abstract void addBatch(A accumulator, D data, int from, int to);

    /** Merges {@code other} into {@code into}. */
    protected abstract void merge(A into, A other);

    /** The accumulator's immutable result. */
    protected abstract R snapshot(A accumulator);

    /** The result of collecting all {@code size} items with a stream collector. */
    protected abstract R collect(D data, int size, boolean parallel);

    /** The binary form of a result: one array per encoded part. */
    protected abstract List<byte[]> encode(R result);

    /** The result decoded from {@link #encode}'s parts. */
    protected abstract R decode(List<byte[]> parts);

    /** The result of both {@code first} and {@code second}, as a reader of partial results combines them. */
    protected abstract R combine(R first, R second);

    /**
     * The offset of a {@code long} count in the first encoded part, where a negative value must
     * be rejected with a message containing {@code "must be >= 0"}; empty when the form has no
     * count at a fixed place.
     */
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.empty();
    }

    /**
     * The offset of the first count of a form whose header is the score summaries' (magic,
     * version, short name length, name, two ints), for {@link #firstCountOffset}.
     */
    protected static OptionalInt afterScaleHeader(byte[] firstPart) {
        return OptionalInt.of(4 + 1 + 2 + ByteBuffer.wrap(firstPart).getShort(5) + 2 * 4);
    }

    /** Asserts two results are the same; exact unless overridden. */
    protected void assertEquivalent(R actual, R expected) {
        assertThat(actual).isEqualTo(expected);
    }

    private R whole(D data, int size) {
        A accumulator = create();
        addEach(accumulator, data, 0, size);
        return snapshot(accumulator);
    }

    @Test
    void addingOneByOneEqualsAddingColumns() {
        Property.check("add vs batch", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            A batch = create();
            addBatch(batch, data, 0, size);
            assertEquivalent(snapshot(batch), whole(data, size));
        });
    }

    @Test
    void mergeOfRandomSplitsEqualsTheWhole() {
        Property.check("merge of splits", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            int parts = trial.intIn(1, 8);
            int[] cuts = new int[parts + 1];
            for (int i = 1; i < parts; i++) {
                cuts[i] = trial.intIn(0, size);
            }
            cuts[parts] = size;
            Arrays.sort(cuts);
            List<A> pieces = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                A piece = create();
                if (trial.random().nextBoolean()) {
                    addEach(piece, data, cuts[i], cuts[i + 1]);
                } else {
                    addBatch(piece, data, cuts[i], cuts[i + 1]);
                }
                pieces.add(piece);
            }
            Collections.shuffle(pieces, new java.util.Random(trial.random().nextLong()));
            A merged = create();
            for (A piece : pieces) {
                merge(merged, piece);
            }
            assertEquivalent(snapshot(merged), whole(data, size));
        });
    }

    @Test
    void mergingAnEmptyAccumulatorChangesNothing() {
        Property.check("merge with empty", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            R expected = whole(data, size);
            A left = create();
            addEach(left, data, 0, size);
            merge(left, create());
            assertEquivalent(snapshot(left), expected);
            A right = create();
            A full = create();
            addEach(full, data, 0, size);
            merge(right, full);
            assertEquivalent(snapshot(right), expected);
        });
    }

    @Test
    void mergeIsSymmetricAndAssociative() {
        Property.check("merge symmetry", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            int first = trial.intIn(0, size);
            int second = first + trial.intIn(0, size - first);
            A ab = slice(data, 0, first);
            merge(ab, slice(data, first, second));
            A ba = slice(data, first, second);
            merge(ba, slice(data, 0, first));
            assertEquivalent(snapshot(ab), snapshot(ba));
            merge(ab, slice(data, second, size));
            A bc = slice(data, first, second);
            merge(bc, slice(data, second, size));
            A aBc = slice(data, 0, first);
            merge(aBc, bc);
            assertEquivalent(snapshot(ab), snapshot(aBc));
        });
    }

    @Test
    void parallelCollectorEqualsSequential() {
        Property.check("parallel collector", 40, trial -> {
            int size = trial.intIn(0, 4 * MAX_SIZE);
            D data = data(trial, size);
            R sequential = collect(data, size, false);
            assertEquivalent(sequential, whole(data, size));
            assertEquivalent(collect(data, size, true), sequential);
        });
    }

    @Test
    void snapshotDoesNotSeeLaterAdditions() {
        Property.check("snapshot isolation", trial -> {
            int size = trial.intIn(1, MAX_SIZE);
            D data = data(trial, size);
            A accumulator = create();
            int half = size / 2;
            addEach(accumulator, data, 0, half);
            R early = snapshot(accumulator);
            addEach(accumulator, data, half, size);
            assertEquivalent(early, whole(data, half));
        });
    }

    @Test
    void binaryFormRoundTrips() {
        Property.check("binary round trip", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            R result = whole(data(trial, size), size);
            R decoded = decode(encode(result));
            assertThat(decoded).isEqualTo(result);
            List<byte[]> again = encode(decoded);
            List<byte[]> original = encode(result);
            assertThat(again).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                assertThat(again.get(i)).isEqualTo(original.get(i));
            }
        });
    }

    @Test
    void combiningDecodedPartsEqualsDecodingTheMerged() {
        Property.check("merge of decoded", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            int cut = trial.intIn(0, size);
            A first = slice(data, 0, cut);
            A second = slice(data, cut, size);
            R combined = combine(decode(encode(snapshot(first))), decode(encode(snapshot(second))));
            merge(first, second);
            R decodedMerged = decode(encode(snapshot(first)));
            assertEquivalent(combined, decodedMerged);
            assertEquivalent(decodedMerged, whole(data, size));
        });
    }

    @Test
    void damagedBytesDecodeOrThrowIllegalArgument() {
        Property.check("damaged bytes", trial -> {
            int size = trial.intIn(0, MAX_SIZE / 4);
            List<byte[]> parts = new ArrayList<>(encode(whole(data(trial, size), size)));
            int part = trial.intIn(0, parts.size() - 1);
            byte[] damaged = parts.get(part).clone();
            if (damaged.length == 0 || trial.random().nextInt(4) == 0) {
                damaged = Arrays.copyOf(damaged, trial.random().nextInt(damaged.length + 1));
            } else {
                for (int flips = trial.intIn(1, 4); flips > 0; flips--) {
                    damaged[trial.random().nextInt(damaged.length)] ^=
                            (byte) (1 << trial.random().nextInt(8));
                }
            }
            parts.set(part, damaged);
            try {
                decode(parts);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void decoderRejectsCorruptBytes() {
        Property.check("corrupt bytes", 20, trial -> {
            int size = trial.intIn(1, MAX_SIZE);
            List<byte[]> parts = encode(whole(data(trial, size), size));
            byte[] good = parts.get(0);
            assertRejected(parts, Arrays.copyOf(good, good.length - 1), "");
            assertRejected(parts, Arrays.copyOf(good, good.length + 1), "long, were");
            assertRejected(parts, new byte[3], "truncated");
            byte[] magic = good.clone();
            magic[1] ^= 0x40;
            assertRejected(parts, magic, "magic");
            byte[] version = good.clone();
            version[4] = 9;
            assertRejected(parts, version, "version must be 1, was 9");
            OptionalInt firstCount = firstCountOffset(good);
            if (firstCount.isPresent()) {
                byte[] negative = good.clone();
                ByteBuffer.wrap(negative)
                        .putLong(firstCount.getAsInt(), -trial.longIn(1, Long.MAX_VALUE));
                assertRejected(parts, negative, "must be >= 0");
            }
        });
    }

    private void assertRejected(List<byte[]> parts, byte[] firstPart, String message) {
        List<byte[]> corrupt = new ArrayList<>(parts);
        corrupt.set(0, firstPart);
        assertThatThrownBy(() -> decode(corrupt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private A slice(D data, int from, int to) {
        A accumulator = create();
        addEach(accumulator, data, from, to);
        return accumulator;
    }
}
