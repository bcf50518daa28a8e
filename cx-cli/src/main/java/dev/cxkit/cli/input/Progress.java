package dev.cxkit.cli.input;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long read on standard error: bytes read of the total and records per second,
 * redrawn on one line at most twice a second. Silent for the first two seconds, when standard
 * error is not a terminal, or when the user asked for {@code --quiet}.
 */
public final class Progress implements AutoCloseable {

    private static final long QUIET_PERIOD_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDraw = start;
    private boolean drawn;

    private Progress(PrintWriter err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
    }

    /** Progress for reading {@code totalBytes}, shown only on a terminal and when not quiet. */
    static Progress start(PrintWriter err, boolean quiet, long totalBytes) {
        return new Progress(err, !quiet && System.console() != null, totalBytes);
    }

    /** Reports that {@code bytesRead} bytes and {@code records} records have been read. */
    void update(long bytesRead, long records) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < QUIET_PERIOD_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double seconds = (now - start) / 1e9;
        err.print(String.format(
                Locale.ROOT,
                "\r%s of %s read, %,.0f records/s   ",
                megabytes(bytesRead),
                megabytes(totalBytes),
                records / seconds));
        err.flush();
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
