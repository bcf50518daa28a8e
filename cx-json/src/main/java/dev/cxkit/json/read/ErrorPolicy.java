package dev.cxkit.json.read;

/**
 * What a reader does with a bad record.
 *
 * <p>Immutable and thread-safe.
 */
public enum ErrorPolicy {
    /** Throw a {@link CxDataException} at the first bad record. */
    FAIL_FAST,
    /**
     * Skip the bad record, list it in the {@link ReadReport} and go on with the next one. Errors
     * after which nothing more can be read (broken JSON array syntax, a CSV header without a
     * required column) are listed too and then thrown.
     */
    SKIP_AND_REPORT
}
