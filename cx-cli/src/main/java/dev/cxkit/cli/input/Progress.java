package dev.cxkit.cli.input;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long read on standard error, redrawn on one line at most twice a second: bytes
 * read of the total and records per second when one thread reads the file ({@link #update}), the
 * records read by all threads and records per second when several do ({@link #add}; each thread
 * reads its own part of the file, so there is no one position to show). Silent for the first two
 * seconds, when standard error is not a terminal, or when the user asked for {@code --quiet}.
 * Thread-safe: the reading threads may report at the same time.
 */
public final class Progress implements AutoCloseable {

    private static final long QUIET_PERIOD_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private long records;
    private boolean drawn;

    /**
     * Progress drawn on {@code err} when {@code enabled}, timed by {@code clock} (nanoseconds).
     */
    Progress(PrintWriter err, boolean enabled, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Progress for reading {@code totalBytes}, shown only on a terminal and when not quiet. */
    static Progress start(PrintWriter err, boolean quiet, long totalBytes) {
        return new Progress(err, !quiet && System.console() != null, totalBytes, System::nanoTime);
    }

    /**
     * Reports that the one thread reading the file has read {@code bytesRead} bytes and
     * {@code records} records.
     */
    synchronized void update(long bytesRead, long records) {
        this.records = records;
        if (due()) {
            draw(String.format(
                    Locale.ROOT, "%s of %s read", megabytes(bytesRead), megabytes(totalBytes)));
        }
    }

    /** Reports that one of the threads reading the file has read {@code more} records. */
    synchronized void add(long more) {
        records += more;
        if (due()) {
            draw(String.format(
                    Locale.ROOT, "%,d records of a %s file read", records, megabytes(totalBytes)));
        }
    }

    /** True when the line is to be drawn now, which then counts as drawn. */
    private boolean due() {
        if (!enabled) {
            return false;
        }
        long now = clock.getAsLong();
        if (now - start < QUIET_PERIOD_NANOS || now - lastDraw < REDRAW_NANOS) {
            return false;
        }
        lastDraw = now;
        return true;
    }

    private void draw(String read) {
        drawn = true;
        double seconds = (lastDraw - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\r%s, %,.0f records/s   ", read, records / seconds));
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
