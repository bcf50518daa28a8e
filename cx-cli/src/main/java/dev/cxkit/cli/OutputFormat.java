package dev.cxkit.cli;

/** How a command prints its result. */
enum OutputFormat {
    /** Aligned text columns for a terminal. */
    TABLE,
    /** JSON with cx-json's documented field names. */
    JSON,
    /** Comma-separated values with a header row. */
    CSV
}
