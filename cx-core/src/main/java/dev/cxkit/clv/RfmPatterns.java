package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Counts;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Customers compressed to their unique (x, t_x, T) patterns with counts: the sufficient statistic
 * of the BG/NBD and BG/BB likelihoods (the CDNOW sample's 2,357 customers are 1,016 patterns).
 *
 * <p>Built with a {@link Builder} (mutable, not thread-safe; builders merge by adding counts, so
 * partial builders from threads or partitions combine exactly). The result is immutable and
 * thread-safe, a value type whose patterns are ordered by frequency, then age, then recency; each
 * pattern also carries indexes into the sorted distinct times, so a likelihood evaluates each
 * logarithm of a time once.
 */
public final class RfmPatterns {

    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final long[] count;
    private final double[] times;
    private final int[] recencyIndex;
    private final int[] ageIndex;
    private final long customers;

    private RfmPatterns(int[] frequency, double[] recency, double[] age, long[] count) {
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.count = count;
        double[] all = new double[2 * frequency.length];
        System.arraycopy(recency, 0, all, 0, recency.length);
        System.arraycopy(age, 0, all, recency.length, age.length);
        this.times = Arrays.stream(all).sorted().distinct().toArray();
        this.recencyIndex = new int[frequency.length];
        this.ageIndex = new int[frequency.length];
        long total = 0;
        for (int i = 0; i < frequency.length; i++) {
            recencyIndex[i] = Arrays.binarySearch(times, recency[i]);
            ageIndex[i] = Arrays.binarySearch(times, age[i]);
            total += count[i];
        }
        this.customers = total;
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the patterns of the given customers (monetary values are ignored)}
     *
     * @param customers the customers' summaries
     */
    public static RfmPatterns of(Collection<RfmSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        Builder builder = builder();
        customers.forEach(builder::add);
        return builder.build();
    }

    /** {@return the number of distinct patterns} */
    public int size() {
        return frequency.length;
    }

    /** {@return the number of customers, the sum of the counts} */
    public long customers() {
        return customers;
    }

    /** {@return true when there are no customers} */
    public boolean isEmpty() {
        return customers == 0;
    }

    /**
     * x of pattern {@code i}.
     *
     * @param i the pattern's index, {@code 0 <= i < size()}
     * @return x of the pattern
     */
    public int frequency(int i) {
        return frequency[i];
    }

    /**
     * t_x of pattern {@code i}.
     *
     * @param i the pattern's index, {@code 0 <= i < size()}
     * @return t_x of the pattern
     */
    public double recency(int i) {
        return recency[i];
    }

    /**
     * T of pattern {@code i}.
     *
     * @param i the pattern's index, {@code 0 <= i < size()}
     * @return T of the pattern
     */
    public double age(int i) {
        return age[i];
    }

    /**
     * {@return the number of customers with pattern {@code i}}
     *
     * @param i the pattern's index, {@code 0 <= i < size()}
     */
    public long count(int i) {
        return count[i];
    }

    /** {@return the largest frequency, 0 when empty} */
    public int maxFrequency() {
        return Arrays.stream(frequency).max().orElse(0);
    }

    /**
     * Customers with at least one repeat purchase.
     *
     * @return the number of customers with {@code frequency > 0}
     */
    public long repeatBuyers() {
        long repeat = 0;
        for (int i = 0; i < frequency.length; i++) {
            repeat += frequency[i] > 0 ? count[i] : 0;
        }
        return repeat;
    }

    /**
     * Refuses patterns that cannot identify a repeat-buying model: no customers, or no customer
     * with a repeat purchase.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    void checkIdentifiesRepeatBuying() {
        checkArgument(!isEmpty(), "patterns must hold at least one customer, were empty");
        checkArgument(
                repeatBuyers() > 0,
                "patterns must include a customer with frequency > 0 to identify the model, repeat buyers were 0");
    }

    /**
     * Every {@code step}-th pattern with its count: since patterns are ordered by frequency, age and
     * recency, a subsample stratified on all three, for a warm start on large data.
     */
    RfmPatterns everyNth(int step) {
        int size = (frequency.length + step - 1) / step;
        int[] x = new int[size];
        double[] tx = new double[size];
        double[] t = new double[size];
        long[] n = new long[size];
        for (int i = 0; i < size; i++) {
            x[i] = frequency[i * step];
            tx[i] = recency[i * step];
            t[i] = age[i * step];
            n[i] = count[i * step];
        }
        return new RfmPatterns(x, tx, t, n);
    }

    /** The sorted distinct times among all recencies and ages. */
    double[] times() {
        return times;
    }

    /** Index of pattern {@code i}'s recency in {@link #times()}. */
    int recencyIndex(int i) {
        return recencyIndex[i];
    }

    /** Index of pattern {@code i}'s age in {@link #times()}. */
    int ageIndex(int i) {
        return ageIndex[i];
    }

    /** Mean of x and of T over customers, {0, 0} when empty. */
    double[] meanFrequencyAndAge() {
        double x = 0;
        double t = 0;
        for (int i = 0; i < frequency.length; i++) {
            x += (double) frequency[i] * count[i];
            t += age[i] * count[i];
        }
        return customers == 0 ? new double[2] : new double[] {x / customers, t / customers};
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RfmPatterns)) {
            return false;
        }
        RfmPatterns that = (RfmPatterns) other;
        return Arrays.equals(frequency, that.frequency)
                && Arrays.equals(recency, that.recency)
                && Arrays.equals(age, that.age)
                && Arrays.equals(count, that.count);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(frequency),
                Arrays.hashCode(recency),
                Arrays.hashCode(age),
                Arrays.hashCode(count));
    }

    /**
     * {@return the binary form, so that patterns built on several machines can be merged: each
     * pattern's (x, t_x, T) and count, in the patterns' order; the layout (version 1, magic
     * {@code "CXRP"}) is described in {@code RfmPatternsForm}} Equal patterns have equal bytes.
     */
    public byte[] toByteArray() {
        return RfmPatternsForm.encode(this);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes.
     *
     * @param bytes the encoded patterns
     * @return the decoded patterns
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     an invalid (x, t_x, T), a count below 1, patterns out of order or repeated, counts
     *     summing beyond {@link Long#MAX_VALUE}
     */
    public static RfmPatterns fromByteArray(byte[] bytes) {
        return RfmPatternsForm.decode(bytes);
    }

    @Override
    public String toString() {
        return "RfmPatterns{patterns=" + size() + ", customers=" + customers + "}";
    }

    /** Accumulates customers into patterns. Mutable and not thread-safe; merge partial builders. */
    public static final class Builder {

        private record Key(int frequency, double recency, double age) {}

        private final Map<Key, Long> counts = new HashMap<>();

        private Builder() {}

        private static long addCounts(long count, long other) {
            return Counts.add(count, other, "customers of one pattern");
        }

        /**
         * Adds one customer.
         *
         * @param customer the customer's summary (its monetary value is ignored)
         * @return this builder
         */
        public Builder add(RfmSummary customer) {
            Objects.requireNonNull(customer, "customer");
            return add(customer.frequency(), customer.recency(), customer.age(), 1);
        }

        /**
         * Adds one customer with x repeat purchases, the last at t_x, observed for T.
         *
         * @param frequency x, the number of repeat purchases, {@code >= 0}
         * @param recency t_x, the time of the last repeat purchase (0 when {@code frequency} is 0)
         * @param age T, the time from the first purchase to the end of observation, {@code >= t_x}
         * @return this builder
         */
        public Builder add(int frequency, double recency, double age) {
            return add(frequency, recency, age, 1);
        }

        /**
         * Adds {@code count} customers sharing one pattern.
         *
         * @param frequency x, the number of repeat purchases, {@code >= 0}
         * @param recency t_x, the time of the last repeat purchase (0 when {@code frequency} is 0)
         * @param age T, the time from the first purchase to the end of observation, {@code >= t_x}
         * @param count the number of customers with this pattern, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException on a negative count or an invalid (x, t_x, T), as
         *     {@link RfmSummary} states
         */
        public Builder add(int frequency, double recency, double age, long count) {
            RfmSummary.checkTimes(frequency, recency, age);
            checkArgument(count >= 0, "count must be >= 0, was %s", count);
            if (count > 0) {
                // + 0.0 turns -0.0 into 0.0 so that equal times share a key
                counts.merge(
                        new Key(frequency, recency + 0.0, age + 0.0), count, Builder::addCounts);
            }
            return this;
        }

        /**
         * Adds every pattern of {@code other} to this builder; {@code other} is unchanged.
         *
         * @param other the builder whose patterns are added
         * @return this builder
         * @throws IllegalArgumentException when a pattern's merged count would exceed {@link
         *     Long#MAX_VALUE}; the patterns before it are then already added
         */
        public Builder merge(Builder other) {
            Objects.requireNonNull(other, "other");
            other.counts.forEach((key, count) -> counts.merge(key, count, Builder::addCounts));
            return this;
        }

        /**
         * Adds every pattern of {@code patterns}, for instance partial results decoded with
         * {@link RfmPatterns#fromByteArray(byte[])}.
         *
         * @param patterns the patterns to add
         * @return this builder
         */
        public Builder merge(RfmPatterns patterns) {
            Objects.requireNonNull(patterns, "patterns");
            for (int i = 0; i < patterns.size(); i++) {
                add(patterns.frequency(i), patterns.recency(i), patterns.age(i), patterns.count(i));
            }
            return this;
        }

        /** {@return the immutable patterns accumulated so far} */
        public RfmPatterns build() {
            Key[] keys = counts.keySet().toArray(new Key[0]);
            Arrays.sort(
                    keys,
                    Comparator.comparingInt(Key::frequency)
                            .thenComparingDouble(Key::age)
                            .thenComparingDouble(Key::recency));
            int[] frequency = new int[keys.length];
            double[] recency = new double[keys.length];
            double[] age = new double[keys.length];
            long[] count = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                frequency[i] = keys[i].frequency();
                recency[i] = keys[i].recency();
                age[i] = keys[i].age();
                count[i] = counts.get(keys[i]);
            }
            return new RfmPatterns(frequency, recency, age, count);
        }
    }
}
