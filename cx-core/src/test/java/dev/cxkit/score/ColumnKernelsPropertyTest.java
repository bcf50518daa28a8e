package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Property;
import dev.cxkit.testing.Property.Trial;

import org.junit.jupiter.api.Test;

/**
 * The column kernels against the plain loop they replace, on scales that start anywhere in
 * -5..5, columns from empty to past the tabled and segment-table thresholds, and slices
 * {@code [from, to)} inside longer columns. With one score or segment off its range the kernel
 * names the first bad entry and leaves the counts as they were.
 */
class ColumnKernelsPropertyTest {

    private static final int MAX_LENGTH = 6000;

    /** A column of {@code length} values of a scale {@code min..min+points-1}, one maybe bad. */
    private record Column(int min, int points, int[] scores, int from, int to, int bad) {}

    private static Column column(Trial trial) {
        int min = trial.intIn(-5, 5);
        int points = trial.intIn(2, 11);
        int length = trial.intIn(0, MAX_LENGTH);
        int[] scores = trial.intsIn(length, min, min + points - 1);
        int from = length == 0 ? 0 : trial.intIn(0, Math.min(length, 7));
        int to = length - (length - from == 0 ? 0 : trial.intIn(0, Math.min(length - from, 7)));
        int bad = -1;
        if (to > from && trial.random().nextInt(3) == 0) {
            bad = trial.intIn(from, to - 1);
            scores[bad] = trial.random().nextBoolean() ? min - 1 : min + points;
        }
        return new Column(min, points, scores, from, to, bad);
    }

    private static long[] expected(Column column, int[] segmentIds, int segments) {
        long[] counts = new long[segments * column.points()];
        for (int i = column.from(); i < column.to(); i++) {
            int segment = segmentIds == null ? 0 : segmentIds[i];
            counts[segment * column.points() + column.scores()[i] - column.min()]++;
        }
        return counts;
    }

    private static byte[] bytes(int[] scores) {
        byte[] bytes = new byte[scores.length];
        for (int i = 0; i < scores.length; i++) {
            bytes[i] = (byte) scores[i];
        }
        return bytes;
    }

    @Test
    void countingIntAndByteColumnsEqualsThePlainLoop() {
        Property.check("column kernels", 60, trial -> {
            Column column = column(trial);
            long[] fromInts = new long[column.points()];
            long[] fromBytes = new long[column.points()];
            fromInts[0] = fromBytes[0] = 7;
            if (column.bad() >= 0) {
                String message = "scores[" + column.bad() + "] must be in " + column.min() + ".."
                        + (column.min() + column.points() - 1) + ", was "
                        + column.scores()[column.bad()];
                assertThatThrownBy(() -> ColumnKernels.count(
                                fromInts,
                                column.min(),
                                column.scores(),
                                column.from(),
                                column.to()))
                        .hasMessage(message);
                assertThatThrownBy(() -> ColumnKernels.count(
                                fromBytes,
                                column.min(),
                                bytes(column.scores()),
                                column.from(),
                                column.to()))
                        .hasMessage(message);
                long[] untouched = new long[column.points()];
                untouched[0] = 7;
                assertThat(fromInts).isEqualTo(untouched);
                assertThat(fromBytes).isEqualTo(untouched);
                return;
            }
            ColumnKernels.count(
                    fromInts, column.min(), column.scores(), column.from(), column.to());
            ColumnKernels.count(
                    fromBytes, column.min(), bytes(column.scores()), column.from(), column.to());
            long[] expected = expected(column, null, 1);
            expected[0] += 7;
            assertThat(fromInts).isEqualTo(expected);
            assertThat(fromBytes).isEqualTo(expected);
        });
    }

    @Test
    void countingBySegmentEqualsThePlainLoop() {
        Property.check("segment kernel", 60, trial -> {
            int segments = trial.intIn(1, 9);
            Column column = column(trial);
            int[] segmentIds = trial.intsIn(column.scores().length, 0, segments - 1);
            int badSegment = -1;
            if (column.bad() < 0
                    && column.to() > column.from()
                    && trial.random().nextInt(3) == 0) {
                badSegment = trial.intIn(column.from(), column.to() - 1);
                segmentIds[badSegment] = trial.random().nextBoolean() ? -1 : segments;
            }
            long[] counts = new long[segments * column.points()];
            counts[counts.length - 1] = 5;
            Runnable count = () -> ColumnKernels.countBySegment(
                    counts,
                    column.points(),
                    column.min(),
                    bytes(column.scores()),
                    segmentIds,
                    column.from(),
                    column.to());
            if (badSegment >= 0 || column.bad() >= 0) {
                String message = badSegment >= 0
                        ? "segmentIds[" + badSegment + "] must be in 0.." + (segments - 1)
                                + ", was " + segmentIds[badSegment]
                        : "scores[" + column.bad() + "] must be in " + column.min() + ".."
                                + (column.min() + column.points() - 1) + ", was "
                                + column.scores()[column.bad()];
                assertThatThrownBy(count::run)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(message);
                long[] untouched = new long[counts.length];
                untouched[counts.length - 1] = 5;
                assertThat(counts).isEqualTo(untouched);
                return;
            }
            count.run();
            long[] expected = expected(column, segmentIds, segments);
            expected[expected.length - 1] += 5;
            assertThat(counts).isEqualTo(expected);
        });
    }
}
