package dev.cxkit.testing;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A small seeded property-test harness on JUnit 5.
 *
 * <p>{@link #check(String, int, Body)} runs a body once per trial with a {@link Trial} that draws
 * values from a {@link SplittableRandom}. The first trials draw edge cases (the bounds of every
 * range), later ones random values. A failure names the property, the trial and the seed, and
 * the whole run is reproduced with {@code -Dcxkit.seed=SEED}.
 */
public final class Property {

    /** Trials a property runs unless it asks for another number. */
    public static final int DEFAULT_TRIALS = 200;

    private static final long DEFAULT_SEED = 0x5EED_C0FFEEL;

    private Property() {}

    /** The body of a property: throws (an assertion error) when the property does not hold. */
    @FunctionalInterface
    public interface Body {
        void run(Trial trial) throws Exception;
    }

    /** Runs {@code body} for {@link #DEFAULT_TRIALS} trials. */
    public static void check(String name, Body body) {
        check(name, DEFAULT_TRIALS, body);
    }

    /** Runs {@code body} for {@code trials} trials; the first ones draw edge cases. */
    public static void check(String name, int trials, Body body) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        long seed = Long.getLong("cxkit.seed", DEFAULT_SEED);
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < trials; i++) {
            Trial trial = new Trial(i, root.split());
            try {
                body.run(trial);
            } catch (Throwable failure) {
                throw new AssertionError(
                        "property '" + name + "' failed at trial " + i
                                + " with seed " + seed + " (rerun with -Dcxkit.seed=" + seed + "): "
                                + failure.getMessage(),
                        failure);
            }
        }
    }

    /** One trial: its index and a random source; the first {@link #EDGE_TRIALS} draw bounds. */
    public static final class Trial {
        /** Trials whose draws are range bounds rather than random values. */
        public static final int EDGE_TRIALS = 2;

        private final int index;
        private final SplittableRandom random;

        Trial(int index, SplittableRandom random) {
            this.index = index;
            this.random = random;
        }

        public int index() {
            return index;
        }

        public SplittableRandom random() {
            return random;
        }

        /** True for the first trials, whose draws are the bounds of their ranges. */
        public boolean isEdge() {
            return index < EDGE_TRIALS;
        }

        /** An int in {@code [lo, hi]}; trial 0 draws {@code lo}, trial 1 draws {@code hi}. */
        public int intIn(int lo, int hi) {
            if (index == 0) {
                return lo;
            }
            if (index == 1) {
                return hi;
            }
            return (int) random.nextLong(lo, (long) hi + 1);
        }

        /** A long in {@code [lo, hi]}; trial 0 draws {@code lo}, trial 1 draws {@code hi}. */
        public long longIn(long lo, long hi) {
            if (index == 0) {
                return lo;
            }
            if (index == 1 || hi == Long.MAX_VALUE && lo == Long.MIN_VALUE) {
                return hi;
            }
            return hi == Long.MAX_VALUE ? random.nextLong(lo, hi) : random.nextLong(lo, hi + 1);
        }

        /** A double in {@code [lo, hi]}; trial 0 draws {@code lo}, trial 1 draws {@code hi}. */
        public double doubleIn(double lo, double hi) {
            if (index == 0) {
                return lo;
            }
            if (index == 1) {
                return hi;
            }
            return lo + (hi - lo) * random.nextDouble();
        }

        /** An array of {@code length} ints in {@code [lo, hi]}, each drawn as by {@link #intIn}. */
        public int[] intsIn(int length, int lo, int hi) {
            int[] values = new int[length];
            for (int i = 0; i < length; i++) {
                values[i] = intIn(lo, hi);
            }
            return values;
        }
    }
}
