package dev.cxkit.live;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A concurrent map from group keys to per-group recorders holding at most {@code maxGroups}
 * groups, plus the overflow group under {@link GroupOverflow#OTHER}. Looking up a known group
 * is a lock-free read; admitting a new group takes a lock, once per group.
 */
final class BoundedGroups<K, V> {

    /** The key component of the overflow group. */
    static final String OTHER = "(other)";

    private final String what;
    private final int maxGroups;
    private final GroupOverflow overflow;
    private final K otherKey;
    private final Supplier<V> factory;
    private final Map<K, V> groups = new ConcurrentHashMap<>();
    private final LongAdder rejected = new LongAdder();

    BoundedGroups(
            String what, int maxGroups, GroupOverflow overflow, K otherKey, Supplier<V> factory) {
        checkArgument(maxGroups >= 1, "maxGroups must be >= 1, was %s", maxGroups);
        this.what = what;
        this.maxGroups = maxGroups;
        this.overflow = Objects.requireNonNull(overflow, "overflow");
        this.otherKey = otherKey;
        this.factory = factory;
    }

    /** The overflow key of {@code size} components, each {@link #OTHER}. */
    static List<String> otherKey(int size) {
        return java.util.Collections.nCopies(size, OTHER);
    }

    /** The recorder of {@code key}, admitting the group if the bound allows. */
    V get(K key) {
        V value = groups.get(key);
        return value != null ? value : admit(key);
    }

    private synchronized V admit(K key) {
        V value = groups.get(key);
        if (value != null) {
            return value;
        }
        long held = groups.containsKey(otherKey) ? groups.size() - 1 : groups.size();
        if (held < maxGroups) {
            value = factory.get();
            groups.put(key, value);
            return value;
        }
        if (overflow == GroupOverflow.OTHER) {
            return groups.computeIfAbsent(otherKey, k -> factory.get());
        }
        rejected.increment();
        throw new IllegalStateException(what + " " + key + " is refused: the recorder holds its "
                + "maximum of " + maxGroups + " groups (overflow policy REJECT)");
    }

    /** The groups now held, a live concurrent view. */
    Map<K, V> groups() {
        return groups;
    }

    int maxGroups() {
        return maxGroups;
    }

    GroupOverflow overflow() {
        return overflow;
    }

    long rejected() {
        return rejected.sum();
    }
}
