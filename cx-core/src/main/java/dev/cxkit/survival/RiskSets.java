package dev.cxkit.survival;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * An immutable risk-set table: for each distinct duration (time to churn, time to an event) the
 * number of subjects whose event happened then and the number censored then (still active when
 * last observed). Kaplan-Meier curves, Greenwood variances, restricted means and log-rank tests
 * are functions of it ({@link #kaplanMeier()}, {@link Strata}).
 *
 * <p>Durations are finite numbers {@code >= 0} in the caller's unit (days, months...); the table
 * keeps them as given ({@code -0.0} is read as {@code 0.0}). The number at risk at a time counts
 * the subjects whose duration is at least that time, so subjects censored at an event time are
 * still at risk at it: events are counted before censorings at the same time, the convention
 * of Kaplan &amp; Meier (1958) and of R's {@code survival::survfit}.
 *
 * <p>Tables merge exactly ({@link #merge(RiskSets)}: counts add), associatively and
 * commutatively, so partial tables built on separate threads or machines combine into the table
 * of the whole. The binary form ({@link #toByteArray()}) carries them across processes. Build one
 * incrementally with a {@link RiskSetAccumulator}, from columns with
 * {@link #of(double[], boolean[])}, or from counts with
 * {@link #ofCounts(double[], long[], long[])}.
 *
 * <p>Instances are value objects (equal when their rows are equal) and thread-safe.
 */
public final class RiskSets implements SortedRows {

    private static final int MAGIC = 0x43585253; // "CXRS"
    private static final byte VERSION = 1;
    private static final int HEADER_BYTES = Integer.BYTES + 1 + Integer.BYTES;
    private static final int ROW_BYTES = Double.BYTES + 2 * Long.BYTES;
    private static final RiskSets EMPTY = new RiskSets(new double[0], new long[0], new long[0]);

    private final double[] times;
    private final long[] events;
    private final long[] censored;
    private final long subjects;
    private final long totalEvents;

    /**
     * Trusted rows: distinct ascending times, counts {@code >= 0}, no empty row.
     *
     * @throws IllegalArgumentException when the number of subjects exceeds {@code long}
     */
    RiskSets(double[] times, long[] events, long[] censored) {
        this.times = times;
        this.events = events;
        this.censored = censored;
        long eventSum = 0;
        long subjectSum = 0;
        for (int i = 0; i < times.length; i++) {
            eventSum = addCounts(eventSum, events[i], "RiskSets: total events");
            subjectSum = addCounts(
                    subjectSum,
                    addCounts(events[i], censored[i], "RiskSets: subjects at one time"),
                    "RiskSets: total subjects");
        }
        this.totalEvents = eventSum;
        this.subjects = subjectSum;
    }

    /** {@return the table of no subjects} */
    public static RiskSets empty() {
        return EMPTY;
    }

    /**
     * The table of subjects {@code i} with duration {@code durations[i]}, ending in an event when
     * {@code events[i]} and censored otherwise. Sorts copies of the durations (one array for the
     * events, one for the censorings); allocates nothing per subject beyond them and the table.
     *
     * @param durations each subject's follow-up time, finite and {@code >= 0}
     * @param events each subject's status: {@code 1} for an event, {@code 0} for censored
     * @return the table
     * @throws IllegalArgumentException when the arrays differ in length or a duration is
     *     negative, NaN or infinite
     */
    public static RiskSets of(double[] durations, boolean[] events) {
        Objects.requireNonNull(durations, "durations");
        Objects.requireNonNull(events, "events");
        checkSameLength(durations, events.length);
        return fromColumns(durations, i -> events[i]);
    }

    /**
     * As {@link #of(double[], boolean[])} with events coded {@code 1} (event) and {@code 0}
     * (censored), the coding of R's {@code Surv(time, status)}.
     *
     * @param durations each subject's follow-up time, finite and {@code >= 0}
     * @param events each subject's status: {@code 1} for an event, {@code 0} for censored
     * @return the table
     * @throws IllegalArgumentException also when an event code is neither 0 nor 1
     */
    public static RiskSets of(double[] durations, byte[] events) {
        Objects.requireNonNull(durations, "durations");
        Objects.requireNonNull(events, "events");
        checkSameLength(durations, events.length);
        for (int i = 0; i < events.length; i++) {
            if (events[i] != 0 && events[i] != 1) {
                throw new IllegalArgumentException(
                        "events[" + i + "] must be 0 (censored) or 1 (event), was " + events[i]);
            }
        }
        return fromColumns(durations, i -> events[i] == 1);
    }

    /**
     * {@return the table with {@code events[i]} events and {@code censored[i]} censorings at
     * {@code times[i]}, for aggregated data such as a life table} Rows with no subject are dropped.
     *
     * @param times the distinct times, strictly ascending, finite and {@code >= 0}
     * @param events the number of events at each time, {@code >= 0}
     * @param censored the number of censorings at each time, {@code >= 0}
     * @throws IllegalArgumentException when the arrays differ in length, the times are not
     *     finite, {@code >= 0} and strictly ascending, a count is negative, or the subjects of a
     *     row or of the table exceed {@link Long#MAX_VALUE}
     */
    public static RiskSets ofCounts(double[] times, long[] events, long[] censored) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(censored, "censored");
        if (events.length != times.length || censored.length != times.length) {
            throw new IllegalArgumentException("times, events and censored must have the same "
                    + "length, were " + times.length + ", " + events.length + " and "
                    + censored.length);
        }
        int kept = 0;
        for (int i = 0; i < times.length; i++) {
            checkRow(times, events[i], censored[i], i, "");
            if (addCounts(events[i], censored[i], "subjects at times[" + i + "]") > 0) {
                kept++;
            }
        }
        double[] keptTimes = new double[kept];
        long[] keptEvents = new long[kept];
        long[] keptCensored = new long[kept];
        int row = 0;
        for (int i = 0; i < times.length; i++) {
            if (events[i] + censored[i] > 0) {
                keptTimes[row] = times[i] + 0.0;
                keptEvents[row] = events[i];
                keptCensored[row] = censored[i];
                row++;
            }
        }
        return kept == 0 ? EMPTY : new RiskSets(keptTimes, keptEvents, keptCensored);
    }

    /**
     * Decodes {@link #toByteArray()}: big-endian int magic {@code "CXRS"}, byte version 1, int
     * row count, then per row double time, long events, long censored.
     *
     * @param bytes the encoded table
     * @return the decoded table
     * @throws IllegalArgumentException when the magic, version or length is wrong, or a row is
     *     invalid (times not strictly ascending, finite and {@code >= 0}; negative or all-zero
     *     counts; subjects of a row or of the table beyond {@link Long#MAX_VALUE}): any
     *     malformed bytes
     */
    public static RiskSets fromByteArray(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int rows;
        try {
            int magic = buffer.getInt();
            if (magic != MAGIC) {
                throw new IllegalArgumentException(String.format(
                        "RiskSets bytes must start with magic 0x%08X, was 0x%08X", MAGIC, magic));
            }
            byte version = buffer.get();
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        "RiskSets format version must be " + VERSION + ", was " + version);
            }
            rows = buffer.getInt();
        } catch (BufferUnderflowException truncated) {
            throw new IllegalArgumentException("RiskSets bytes are truncated: " + bytes.length
                    + " bytes hold no complete header of " + HEADER_BYTES + " bytes");
        }
        if (rows < 0 || (long) HEADER_BYTES + (long) rows * ROW_BYTES != bytes.length) {
            throw new IllegalArgumentException("RiskSets bytes with " + rows + " rows must be "
                    + ((long) HEADER_BYTES + (long) rows * ROW_BYTES) + " long, were "
                    + bytes.length);
        }
        double[] times = new double[rows];
        long[] events = new long[rows];
        long[] censored = new long[rows];
        for (int i = 0; i < rows; i++) {
            times[i] = buffer.getDouble() + 0.0;
            events[i] = buffer.getLong();
            censored[i] = buffer.getLong();
            checkRow(times, events[i], censored[i], i, "RiskSets bytes: ");
            if (addCounts(events[i], censored[i], "RiskSets bytes: subjects in row " + i) == 0) {
                throw new IllegalArgumentException(
                        "RiskSets bytes: row " + i + " at time " + times[i] + " has no subject");
            }
        }
        return rows == 0 ? EMPTY : new RiskSets(times, events, censored);
    }

    /** {@return the binary form read by {@link #fromByteArray(byte[])}} */
    public byte[] toByteArray() {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + times.length * ROW_BYTES);
        buffer.putInt(MAGIC).put(VERSION).putInt(times.length);
        for (int i = 0; i < times.length; i++) {
            buffer.putDouble(times[i]).putLong(events[i]).putLong(censored[i]);
        }
        return buffer.array();
    }

    /**
     * The table of this and {@code other} together: counts at equal times add.
     *
     * @param other the table to add; unchanged
     * @return the merged table
     * @throws IllegalArgumentException when a count of the merged table exceeds
     *     {@link Long#MAX_VALUE}
     */
    public RiskSets merge(RiskSets other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        return isEmpty() ? other : RowMerger.merge(this, other);
    }

    /** {@return the Kaplan-Meier curve of this table} */
    public KaplanMeier kaplanMeier() {
        return KaplanMeier.of(this);
    }

    /** {@return true when the table holds no subject} */
    public boolean isEmpty() {
        return times.length == 0;
    }

    /** {@return number of subjects (events plus censorings)} */
    public long subjects() {
        return subjects;
    }

    /** {@return number of events over all times} */
    public long totalEvents() {
        return totalEvents;
    }

    /** Number of rows, one per distinct duration. */
    @Override
    public int rowCount() {
        return times.length;
    }

    /** The duration of row {@code row}; rows are in strictly ascending time order. */
    @Override
    public double time(int row) {
        return times[row];
    }

    /** Events at the time of row {@code row}. */
    @Override
    public long events(int row) {
        return events[row];
    }

    /** Censorings at the time of row {@code row}. */
    @Override
    public long censored(int row) {
        return censored[row];
    }

    /** The times, not copied: callers in this package must not modify them. */
    double[] times() {
        return times;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskSets other
                && Arrays.equals(times, other.times)
                && Arrays.equals(events, other.events)
                && Arrays.equals(censored, other.censored);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(times) + Arrays.hashCode(events))
                + Arrays.hashCode(censored);
    }

    @Override
    public String toString() {
        return "RiskSets{subjects=" + subjects + ", events=" + totalEvents + ", distinctTimes="
                + times.length + "}";
    }

    private static RiskSets fromColumns(double[] durations, IntPredicate isEvent) {
        int eventCount = 0;
        for (int i = 0; i < durations.length; i++) {
            checkDuration(durations[i], "durations[" + i + "]");
            if (isEvent.test(i)) {
                eventCount++;
            }
        }
        double[] eventTimes = new double[eventCount];
        double[] censoredTimes = new double[durations.length - eventCount];
        int e = 0;
        int c = 0;
        for (int i = 0; i < durations.length; i++) {
            if (isEvent.test(i)) {
                eventTimes[e++] = durations[i] + 0.0;
            } else {
                censoredTimes[c++] = durations[i] + 0.0;
            }
        }
        Arrays.sort(eventTimes);
        Arrays.sort(censoredTimes);
        return RowMerger.merge(
                SortedDurations.events(eventTimes, e),
                SortedDurations.censorings(censoredTimes, c));
    }

    /**
     * {@code a + b} for counts {@code >= 0}, or an {@link IllegalArgumentException} naming
     * {@code what} when the sum exceeds {@link Long#MAX_VALUE}.
     */
    static long addCounts(long a, long b, String what) {
        long sum = a + b;
        if (sum < 0) {
            throw new IllegalArgumentException(
                    what + " must not exceed " + Long.MAX_VALUE + ", was " + a + " + " + b);
        }
        return sum;
    }

    /** Rejects a negative, NaN or infinite duration, naming it. */
    static void checkDuration(double duration, String name) {
        if (!(duration >= 0) || duration == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    name + " must be a finite number >= 0, was " + duration);
        }
    }

    private static void checkSameLength(double[] durations, int eventsLength) {
        if (durations.length != eventsLength) {
            throw new IllegalArgumentException("durations and events must have the same length, "
                    + "were " + durations.length + " and " + eventsLength);
        }
    }

    private static void checkRow(double[] times, long events, long censored, int i, String prefix) {
        checkDuration(times[i], prefix + "times[" + i + "]");
        if (i > 0 && !(times[i] > times[i - 1])) {
            throw new IllegalArgumentException(prefix + "times must be strictly ascending, times["
                    + i + "] = " + times[i] + " follows " + times[i - 1]);
        }
        if (events < 0) {
            throw new IllegalArgumentException(
                    prefix + "events[" + i + "] must be >= 0, was " + events);
        }
        if (censored < 0) {
            throw new IllegalArgumentException(
                    prefix + "censored[" + i + "] must be >= 0, was " + censored);
        }
    }
}
