package dev.cxkit.json.read;

import java.util.List;
import java.util.Objects;

/**
 * What a reader has read so far: counts and the first bad records. {@code read == accepted +
 * rejected} always holds; {@code problems} lists the first rejected records, one entry each, up
 * to {@link ReadLimits#maxProblemsKept()}, so that a file of millions of bad records is read in
 * bounded memory ({@link #problemsOmitted()} counts the rest).
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
        if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("read must be accepted + rejected (" + accepted
                    + " + " + rejected + "), was " + read);
        }
        if (problems.size() > rejected) {
            throw new IllegalArgumentException("problems must list at most the " + rejected
                    + " rejected records, had " + problems.size());
        }
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
