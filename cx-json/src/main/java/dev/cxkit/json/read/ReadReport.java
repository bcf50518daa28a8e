package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * What a reader has read so far: counts and the first bad records. {@code read == accepted +
 * rejected} always holds; {@code problems} lists the first rejected records, one entry each, up
 * to {@link ReadLimits#maxProblemsKept()}, so that a file of millions of bad records is read in
 * bounded memory ({@link #problemsOmitted()} counts the rest).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the input's name
 * @param read records read (empty lines are not records)
 * @param accepted records returned to the caller
 * @param rejected bad records
 * @param problems the first rejected records, one problem each, in input order
 */
public record ReadReport(
        String source, long read, long accepted, long rejected, List<ReadProblem> problems) {

    /**
     * Checks the counts and copies the problems.
     *
     * @param source the input's name
     * @param read records read (empty lines are not records)
     * @param accepted records returned to the caller
     * @param rejected bad records
     * @param problems the first rejected records, one problem each, in input order
     * @throws IllegalArgumentException when a count is negative,
     *     {@code read != accepted + rejected}, or more problems are listed than records were
     *     rejected
     */
    public ReadReport {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        checkArgument(
                accepted >= 0 && rejected >= 0 && read == accepted + rejected,
                "read must be accepted + rejected (%s + %s), was %s",
                accepted,
                rejected,
                read);
        checkArgument(
                problems.size() <= rejected,
                "problems must list at most the %s rejected records, had %s",
                rejected,
                problems.size());
    }

    /**
     * {@return rejected records whose problems are not in {@link #problems()} (beyond the limit)}
     */
    public long problemsOmitted() {
        return rejected - problems.size();
    }

    /** {@return true when no record was rejected} */
    public boolean isClean() {
        return rejected == 0;
    }
}
