package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;

class RiskSetsTest {

    @Test
    void collapsesDurationsToDistinctTimesWithEventsAndCensorings() {
        RiskSets table = RiskSets.of(
                new double[] {3, 1, 3, 2, 3, -0.0},
                new boolean[] {true, false, false, true, true, true});
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.subjects()).isEqualTo(6);
        assertThat(table.totalEvents()).isEqualTo(4);
        assertThat(table)
                .isEqualTo(RiskSets.ofCounts(
                        new double[] {0, 1, 2, 3}, new long[] {1, 0, 1, 2}, new long[] {0, 1, 0, 1
                        }));
    }

    @Test
    void byteCodedEventsGiveTheSameTableAsBooleans() {
        RiskSets fromBytes = RiskSets.of(
                SurvivalData.AML_MAINTAINED_TIMES, new byte[] {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0});
        assertThat(fromBytes)
                .isEqualTo(RiskSets.of(
                        SurvivalData.AML_MAINTAINED_TIMES, SurvivalData.AML_MAINTAINED_EVENTS));
    }

    @Test
    void countsDropRowsWithNoSubject() {
        RiskSets table = RiskSets.ofCounts(
                new double[] {1, 2, 3}, new long[] {0, 2, 0}, new long[] {0, 1, 0});
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.time(0)).isEqualTo(2);
        assertThat(RiskSets.ofCounts(new double[] {1}, new long[] {0}, new long[] {0}))
                .isEqualTo(RiskSets.empty());
    }

    @Test
    void emptyTableSaysSo() {
        RiskSets empty = RiskSets.of(new double[0], new boolean[0]);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty).isEqualTo(RiskSets.empty());
        assertThat(empty.subjects()).isZero();
        assertThat(RiskSets.fromByteArray(empty.toByteArray())).isEqualTo(empty);
        assertThat(empty.kaplanMeier().isEmpty()).isTrue();
    }

    @Test
    void binaryFormRoundTrips() {
        Property.check("binary round trip", 100, trial -> {
            RiskSets table = randomTable(trial.random(), trial.intIn(0, 300));
            byte[] bytes = table.toByteArray();
            assertThat(bytes).hasSize(9 + 24 * table.rowCount());
            assertThat(RiskSets.fromByteArray(bytes)).isEqualTo(table).hasSameHashCodeAs(table);
        });
    }

    @Test
    void mergedPartsEqualTheWhole() {
        Property.check("merge of random splits", 100, trial -> {
            int n = trial.intIn(0, 400);
            double[] durations = new double[n];
            boolean[] events = new boolean[n];
            fill(trial.random(), durations, events);
            RiskSets whole = RiskSets.of(durations, events);
            int parts = trial.intIn(1, 6);
            RiskSets merged = RiskSets.empty();
            RiskSets mergedReversed = RiskSets.empty();
            int[] cuts = cuts(trial.random(), n, parts);
            for (int p = 0; p < parts; p++) {
                RiskSets part = RiskSets.of(
                        Arrays.copyOfRange(durations, cuts[p], cuts[p + 1]),
                        Arrays.copyOfRange(events, cuts[p], cuts[p + 1]));
                merged = merged.merge(part);
                mergedReversed = part.merge(mergedReversed);
            }
            assertThat(merged).isEqualTo(whole);
            assertThat(mergedReversed).isEqualTo(whole);
        });
    }

    @Test
    void rejectsBadColumns() {
        assertThatThrownBy(() -> RiskSets.of(new double[] {1, 2}, new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length")
                .hasMessageContaining("2 and 1");
        assertThatThrownBy(() -> RiskSets.of(new double[] {1, Double.NaN}, new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durations[1]")
                .hasMessageContaining("NaN");
        assertThatThrownBy(
                        () -> RiskSets.of(new double[] {Double.POSITIVE_INFINITY}, new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durations[0]")
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> RiskSets.of(new double[] {-0.5}, new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durations[0]")
                .hasMessageContaining("-0.5");
        assertThatThrownBy(() -> RiskSets.of(new double[] {1, 2}, new byte[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events[1]")
                .hasMessageContaining("was 2");
        assertThatThrownBy(() -> RiskSets.of(null, new boolean[0]))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("durations");
        assertThatThrownBy(() -> RiskSets.of(new double[0], (boolean[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("events");
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> RiskSets.ofCounts(new double[] {2, 1}, new long[2], new long[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly ascending")
                .hasMessageContaining("times[1]");
        assertThatThrownBy(() -> RiskSets.ofCounts(new double[] {1}, new long[] {-3}, new long[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events[0]")
                .hasMessageContaining("-3");
        assertThatThrownBy(() -> RiskSets.ofCounts(new double[] {1}, new long[1], new long[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("censored[0]")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> RiskSets.ofCounts(new double[] {-1}, new long[1], new long[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times[0]");
        assertThatThrownBy(() -> RiskSets.ofCounts(new double[1], new long[2], new long[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1, 2 and 1");
    }

    @Test
    void rejectsBadBytes() {
        byte[] good = SurvivalData.amlMaintained().riskSets().toByteArray();
        assertBadBytes(new byte[3], "truncated");
        assertBadBytes(Arrays.copyOf(good, good.length - 1), "must be " + good.length);
        assertBadBytes(Arrays.copyOf(good, good.length + 24), "must be " + good.length);
        byte[] magic = good.clone();
        magic[0] = 0;
        assertBadBytes(magic, "magic");
        byte[] version = good.clone();
        version[4] = 2;
        assertBadBytes(version, "version must be 1, was 2");
        byte[] rows = good.clone();
        ByteBuffer.wrap(rows).putInt(5, -1);
        assertBadBytes(rows, "-1 rows");
        byte[] order = good.clone();
        ByteBuffer.wrap(order).putDouble(9 + 24, 1.0);
        assertBadBytes(order, "strictly ascending");
        byte[] negative = good.clone();
        ByteBuffer.wrap(negative).putLong(9 + 8, -4);
        assertBadBytes(negative, "events[0] must be >= 0, was -4");
        byte[] emptyRow = good.clone();
        ByteBuffer.wrap(emptyRow).putLong(9 + 8, 0);
        assertBadBytes(emptyRow, "no subject");
        assertThatThrownBy(() -> RiskSets.fromByteArray(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void countsBeyondLongAreRejectedNeverDroppedOrArithmeticErrors() {
        long max = Long.MAX_VALUE;
        // A row of max events and 1 censoring: its sum wraps; it was silently dropped.
        assertThatThrownBy(() -> RiskSets.ofCounts(
                        new double[] {1, 2}, new long[] {5, max}, new long[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subjects at times[1]")
                .hasMessageContaining(Long.toString(max));
        // Rows fine one by one whose total wraps.
        assertThatThrownBy(() ->
                        RiskSets.ofCounts(new double[] {1, 2}, new long[] {max, 1}, new long[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total");
        RiskSets full = RiskSets.ofCounts(new double[] {1}, new long[] {max}, new long[1]);
        assertThatThrownBy(() -> full.merge(full))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events at time 1.0");
        assertBadBytes(
                rows(new double[] {1}, new long[] {max}, new long[] {1}), "subjects in row 0");
        assertBadBytes(rows(new double[] {1, 2}, new long[] {max, 1}, new long[2]), "total");
        assertBadBytes(
                rows(new double[] {1, 2}, new long[] {1, 1}, new long[] {max - 1, 0}), "total");
    }

    /** Well-formed bytes of the given rows, bypassing the checks of the factories. */
    private static byte[] rows(double[] times, long[] events, long[] censored) {
        ByteBuffer buffer = ByteBuffer.allocate(9 + 24 * times.length);
        buffer.putInt(0x43585253).put((byte) 1).putInt(times.length);
        for (int i = 0; i < times.length; i++) {
            buffer.putDouble(times[i]).putLong(events[i]).putLong(censored[i]);
        }
        return buffer.array();
    }

    private static void assertBadBytes(byte[] bytes, String message) {
        assertThatThrownBy(() -> RiskSets.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    /** Durations on a coarse grid (many ties) with random events. */
    static void fill(SplittableRandom random, double[] durations, boolean[] events) {
        for (int i = 0; i < durations.length; i++) {
            durations[i] = random.nextInt(50) / 2.0;
            events[i] = random.nextBoolean();
        }
    }

    /** {@code parts + 1} ascending cut points from 0 to {@code n}. */
    static int[] cuts(SplittableRandom random, int n, int parts) {
        int[] cuts = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            cuts[p] = random.nextInt(n + 1);
        }
        cuts[parts] = n;
        Arrays.sort(cuts, 1, parts);
        return cuts;
    }

    private static RiskSets randomTable(SplittableRandom random, int n) {
        double[] durations = new double[n];
        boolean[] events = new boolean[n];
        fill(random, durations, events);
        return RiskSets.of(durations, events);
    }
}
