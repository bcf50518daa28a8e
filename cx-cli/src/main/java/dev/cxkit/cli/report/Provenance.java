package dev.cxkit.cli.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report was computed from and how: its sources, the dates they cover, when and by which
 * cxkit version it was made, the interval method, the confidence level and the smallest n
 * reported without a warning. Shown at the top of the page.
 *
 * <p>Immutable (the sources are copied) and thread-safe.
 *
 * @param sources every input file read
 * @param firstDay the first day covered by dated records, if any
 * @param lastDay the last day covered, if any
 * @param generatedAt when the page was written
 * @param version the cxkit version
 * @param intervalMethod how rate intervals were computed, in words
 * @param level the confidence level, in (0, 1)
 * @param minimumN rates on fewer observations are marked as small samples
 */
public record Provenance(
        List<Source> sources,
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay,
        Instant generatedAt,
        String version,
        String intervalMethod,
        double level,
        long minimumN) {

    /**
     * Checks the components.
     *
     * @param sources every input file read
     * @param firstDay the first day covered by dated records, if any
     * @param lastDay the last day covered, if any
     * @param generatedAt when the page was written
     * @param version the cxkit version
     * @param intervalMethod how rate intervals were computed, in words
     * @param level the confidence level, in (0, 1)
     * @param minimumN rates on fewer observations are marked as small samples
     */
    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(intervalMethod, "intervalMethod");
    }

    /**
     * One input file.
     *
     * @param file the file as given
     * @param holds what it was read as (responses, interactions, customers, ...)
     * @param read records read
     * @param rejected records rejected as bad, of those read
     */
    public record Source(String file, String holds, long read, long rejected) {
        /**
         * Checks the components.
         *
         * @param file the file as given
         * @param holds what it was read as (responses, interactions, customers, ...)
         * @param read records read
         * @param rejected records rejected as bad, of those read
         */
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(holds, "holds");
        }
    }
}
