package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.testing.Property;
import dev.cxkit.testing.Property.Trial;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/**
 * The merge laws every mergeable accumulator keeps, as laws over seeded random data (after
 * Apache Commons Statistics' {@code BaseDoubleStatisticTest}): adding one by one equals adding
 * columns; merging random splits equals the whole; merging an empty accumulator changes
 * nothing (the empty accumulator is the identity); merging is commutative and associative; a
 * parallel-stream collector equals a sequential one; a snapshot does not see later additions.
 * Accumulators whose results have a binary form keep {@link AccumulatorContract}'s laws too.
 *
 * <p>A subclass supplies the accumulator's operations over its own data type {@code D} (a
 * batch of {@code size} items) and, where results hold floating-point sums, a tolerant
 * {@link #assertEquivalent}.
 *
 * @param <A> the accumulator
 * @param <R> its immutable result
 * @param <D> a batch of input items
 */
public abstract class MergeContract<A, R, D> {

    /** The largest batch a law draws. */
    protected static final int MAX_SIZE = 400;

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

    /** Asserts two results are the same; exact unless overridden. */
    protected void assertEquivalent(R actual, R expected) {
        assertThat(actual).isEqualTo(expected);
    }

    /** The result of adding items {@code [0, size)} one at a time. */
    protected R whole(D data, int size) {
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

    /**
     * A collector that adds items with {@code add} and combines with {@link #merge}, for a
     * {@link #collect} over single items.
     */
    protected final <T> Collector<T, A, R> collector(BiConsumer<A, T> add) {
        return Collector.of(
                this::create,
                add,
                (A into, A other) -> {
                    merge(into, other);
                    return into;
                },
                this::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /** An accumulator of items {@code [from, to)}. */
    protected A slice(D data, int from, int to) {
        A accumulator = create();
        addEach(accumulator, data, from, to);
        return accumulator;
    }
}
