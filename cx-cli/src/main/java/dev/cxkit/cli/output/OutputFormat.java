package dev.cxkit.cli.output;

/**
 * How a command prints its result.
 *
 * <p>Immutable constants, thread-safe.
 */
public enum OutputFormat {
    /** Aligned text columns for a terminal. */
    TABLE,
    /** JSON with cx-json's documented field names. */
    JSON,
    /** Comma-separated values with a header row. */
    CSV
}
