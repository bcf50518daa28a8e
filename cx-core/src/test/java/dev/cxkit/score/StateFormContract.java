package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.testing.Property.Trial;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link AccumulatorContract}'s laws for an accumulator whose binary form is of its own state
 * rather than of its result (the state is per customer or per touchpoint, and the result's
 * statistics do not merge), over batches that are lists of items added one at a time.
 *
 * <p>The result the laws compare is a {@link State}: the accumulator's result and its bytes. So
 * merging, splitting and collecting must agree on both what a user reads and the whole state
 * (equal states have equal bytes); a decoded accumulator is read back the same way, and combining
 * decoded parts merges decoded accumulators, as a reader of partial states does.
 *
 * @param <A> the accumulator
 * @param <S> its result
 * @param <T> one input item
 */
public abstract class StateFormContract<A, S, T>
        extends AccumulatorContract<A, StateFormContract.State<S>, List<T>> {

    /**
     * An accumulator's result and the bytes of its state.
     *
     * @param <S> the result type
     * @param result what the accumulator reports
     * @param bytes its state's binary form
     */
    public record State<S>(S result, byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof State<?> state
                    && result.equals(state.result)
                    && Arrays.equals(bytes, state.bytes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(result, Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return result + " in " + bytes.length + " bytes";
        }
    }

    /** {@code size} random items. */
    protected abstract List<T> items(Trial trial, int size);

    /** Adds one item. */
    protected abstract void add(A accumulator, T item);

    /** The accumulator's result. */
    protected abstract S result(A accumulator);

    /** The binary form of the accumulator's state. */
    protected abstract byte[] toByteArray(A accumulator);

    /** A new accumulator holding the state {@link #toByteArray} wrote. */
    protected abstract A fromByteArray(byte[] bytes);

    /**
     * Asserts two results are the same, exact unless overridden; {@link #assertEquivalent}
     * compares the bytes too unless {@link #equalStatesHaveEqualBytes()} is false.
     */
    protected void assertSameResult(S actual, S expected) {
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * True when every order of adding and merging the same items gives the same bytes; false
     * where the state holds floating-point sums whose rounding depends on the order.
     */
    protected boolean equalStatesHaveEqualBytes() {
        return true;
    }

    @Override
    protected final List<T> data(Trial trial, int size) {
        return items(trial, size);
    }

    @Override
    protected final void addEach(A accumulator, List<T> data, int from, int to) {
        for (T item : data.subList(from, to)) {
            add(accumulator, item);
        }
    }

    /** Adds one at a time, unless overridden by the accumulator's own batch method. */
    @Override
    protected void addBatch(A accumulator, List<T> data, int from, int to) {
        addEach(accumulator, data, from, to);
    }

    @Override
    protected final State<S> snapshot(A accumulator) {
        return new State<>(result(accumulator), toByteArray(accumulator));
    }

    @Override
    protected final State<S> collect(List<T> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream).collect(collector(this::add));
    }

    @Override
    protected final void assertEquivalent(State<S> actual, State<S> expected) {
        assertSameResult(actual.result(), expected.result());
        if (equalStatesHaveEqualBytes()) {
            assertThat(actual.bytes()).isEqualTo(expected.bytes());
        }
    }

    @Override
    protected final List<byte[]> encode(State<S> state) {
        return List.of(state.bytes());
    }

    @Override
    protected final State<S> decode(List<byte[]> parts) {
        return snapshot(fromByteArray(parts.get(0)));
    }

    @Override
    protected final State<S> combine(State<S> first, State<S> second) {
        A combined = fromByteArray(first.bytes());
        merge(combined, fromByteArray(second.bytes()));
        return snapshot(combined);
    }
}
