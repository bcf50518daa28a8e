package dev.cxkit.testing;

import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * Random groupings of items for exact-merge properties: items go to random parts, and the parts
 * merge pairwise in a random order, so that every shape of merge tree occurs, not only a chain.
 */
public final class Groupings {

    private Groupings() {}

    /**
     * Adds each of {@code items} to one of 1 to 8 parts at random, then merges random pairs of
     * parts (either way round) until one is left.
     *
     * @param trial the source of randomness
     * @param items the items, each added once
     * @param create a new, empty part
     * @param add adds an item to a part
     * @param merge the merge of two parts, which may return either or a new one
     * @param <A> the accumulator
     * @param <T> an item
     * @return the one part left
     */
    public static <A, T> A mergeRandomly(
            Trial trial,
            List<T> items,
            Supplier<A> create,
            BiConsumer<A, T> add,
            BinaryOperator<A> merge) {
        List<A> parts = new ArrayList<>();
        for (int i = trial.random().nextInt(1, 9); i > 0; i--) {
            parts.add(create.get());
        }
        for (T item : items) {
            add.accept(parts.get(trial.random().nextInt(parts.size())), item);
        }
        while (parts.size() > 1) {
            A first = parts.remove(trial.random().nextInt(parts.size()));
            A second = parts.remove(trial.random().nextInt(parts.size()));
            parts.add(merge.apply(first, second));
        }
        return parts.get(0);
    }
}
