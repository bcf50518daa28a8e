package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import tools.jackson.core.StreamReadConstraints;

import java.util.Objects;

/**
 * Input limits for cxkit's own readers and {@link dev.cxkit.json.CxJson#mapper(ReadLimits) mapper}. They are set
 * on cxkit's private {@code JsonFactory} and {@code CsvFactory} through Jackson's
 * {@link StreamReadConstraints}; Jackson's global defaults are never changed.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>32</td><td>nesting of objects and arrays</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>characters of one number</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>262,144</td><td>characters of one string
 *       value (a comment, a CSV cell)</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256</td><td>characters of one field name</td></tr>
 *   <tr><td>{@link #maxRecordLength()}</td><td>1,048,576</td><td>characters of one record:
 *       an NDJSON line, a JSON array element, a CSV row</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>unlimited ({@code -1})</td><td>characters of
 *       a whole JSON array or CSV document</td></tr>
 *   <tr><td>{@link #maxProblemsKept()}</td><td>1,000</td><td>problems a {@link ReadReport}
 *       lists; later bad records are counted only</td></tr>
 * </table>
 *
 * <p>An NDJSON line longer than {@code maxRecordLength} is skipped without being held in memory
 * and reported at its line. Instances are immutable and thread-safe.
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = builder().build();

    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxRecordLength;
    private final long maxDocumentLength;
    private final int maxProblemsKept;

    private ReadLimits(Builder builder) {
        this.maxNestingDepth = builder.maxNestingDepth;
        this.maxNumberLength = builder.maxNumberLength;
        this.maxStringLength = builder.maxStringLength;
        this.maxNameLength = builder.maxNameLength;
        this.maxRecordLength = builder.maxRecordLength;
        this.maxDocumentLength = builder.maxDocumentLength;
        this.maxProblemsKept = builder.maxProblemsKept;
    }

    /** {@return the documented defaults} */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from these limits} */
    public Builder toBuilder() {
        return new Builder()
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxRecordLength(maxRecordLength)
                .maxDocumentLength(maxDocumentLength)
                .maxProblemsKept(maxProblemsKept);
    }

    /** {@return deepest nesting of objects and arrays} */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** {@return most characters in one number} */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** {@return most characters in one string value} */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** {@return most characters in one field name} */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** {@return most characters in one record (NDJSON line, JSON array element, CSV row)} */
    public int maxRecordLength() {
        return maxRecordLength;
    }

    /** {@return most characters in a whole JSON array or CSV document, {@code -1} for no limit} */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * {@return most problems a {@link ReadReport} lists; every bad record is counted regardless}
     */
    public int maxProblemsKept() {
        return maxProblemsKept;
    }

    /**
     * {@return these limits as Jackson constraints, for a private factory (never Jackson's global
     * defaults); {@link #maxRecordLength()} has no Jackson counterpart and is applied by the
     * readers themselves}
     */
    public StreamReadConstraints toConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    /**
     * The constraints of the readers' own factories: as {@link #toConstraints()}, but with
     * string and number lengths only as tight as the record limit, since the readers check
     * those per value themselves and can then skip the record and go on.
     */
    StreamReadConstraints toReaderConstraints() {
        return toConstraints()
                .rebuild()
                .maxStringLength(Math.max(maxStringLength, maxRecordLength))
                .maxNumberLength(Math.max(maxNumberLength, maxRecordLength))
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadLimits limits
                && maxNestingDepth == limits.maxNestingDepth
                && maxNumberLength == limits.maxNumberLength
                && maxStringLength == limits.maxStringLength
                && maxNameLength == limits.maxNameLength
                && maxRecordLength == limits.maxRecordLength
                && maxDocumentLength == limits.maxDocumentLength
                && maxProblemsKept == limits.maxProblemsKept;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                maxNestingDepth,
                maxNumberLength,
                maxStringLength,
                maxNameLength,
                maxRecordLength,
                maxDocumentLength,
                maxProblemsKept);
    }

    @Override
    public String toString() {
        return "ReadLimits{maxNestingDepth=" + maxNestingDepth
                + ", maxNumberLength=" + maxNumberLength
                + ", maxStringLength=" + maxStringLength
                + ", maxNameLength=" + maxNameLength
                + ", maxRecordLength=" + maxRecordLength
                + ", maxDocumentLength=" + maxDocumentLength
                + ", maxProblemsKept=" + maxProblemsKept + "}";
    }

    /** Builds {@link ReadLimits}; every limit must be positive. Not thread-safe. */
    public static final class Builder {
        private int maxNestingDepth = 32;
        private int maxNumberLength = 100;
        private int maxStringLength = 262_144;
        private int maxNameLength = 256;
        private int maxRecordLength = 1_048_576;
        private long maxDocumentLength = -1;
        private int maxProblemsKept = 1_000;

        private Builder() {}

        /**
         * Sets {@link ReadLimits#maxNestingDepth()}.
         *
         * @param value the deepest nesting of objects and arrays, {@code > 0}
         * @return this builder
         */
        public Builder maxNestingDepth(int value) {
            this.maxNestingDepth = positive(value, "maxNestingDepth");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxNumberLength()}.
         *
         * @param value the most characters in one number, {@code > 0}
         * @return this builder
         */
        public Builder maxNumberLength(int value) {
            this.maxNumberLength = positive(value, "maxNumberLength");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxStringLength()}.
         *
         * @param value the most characters in one string value, {@code > 0}
         * @return this builder
         */
        public Builder maxStringLength(int value) {
            this.maxStringLength = positive(value, "maxStringLength");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxNameLength()}.
         *
         * @param value the most characters in one field name, {@code > 0}
         * @return this builder
         */
        public Builder maxNameLength(int value) {
            this.maxNameLength = positive(value, "maxNameLength");
            return this;
        }

        /**
         * Sets {@link ReadLimits#maxRecordLength()}.
         *
         * @param value the most characters in one record, {@code > 0}
         * @return this builder
         */
        public Builder maxRecordLength(int value) {
            this.maxRecordLength = positive(value, "maxRecordLength");
            return this;
        }

        /**
         * The document limit in characters, or {@code -1} for none.
         *
         * @param value the limit in characters, {@code > 0}, or {@code -1} for none
         * @return this builder
         */
        public Builder maxDocumentLength(long value) {
            checkArgument(
                    value == -1 || value > 0,
                    "maxDocumentLength must be > 0 or -1 (no limit), was %s",
                    value);
            this.maxDocumentLength = value;
            return this;
        }

        /**
         * The number of problems a report lists, {@code >= 0}; the rest are counted.
         *
         * @param value the number of problems listed, {@code >= 0}
         * @return this builder
         */
        public Builder maxProblemsKept(int value) {
            checkArgument(value >= 0, "maxProblemsKept must be >= 0, was %s", value);
            this.maxProblemsKept = value;
            return this;
        }

        /** {@return the limits} */
        public ReadLimits build() {
            return new ReadLimits(this);
        }

        private static int positive(int value, String field) {
            checkArgument(value > 0, "%s must be > 0, was %s", field, value);
            return value;
        }
    }
}
