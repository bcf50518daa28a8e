package dev.cxkit.json.read;

import java.util.List;
import java.util.Objects;

/**
 * What a reader has read so far: counts and every bad record. {@code read == accepted +
 * rejected} always holds and {@code problems} has one entry per rejected record.
 *
 * @param source the input's name
 * @param read records read (blank NDJSON lines are not records)
 * @param accepted records returned to the caller
 * @param rejected bad records
 * @param problems one per rejected record, in input order
 */
public record ReadReport(
        String source, long read, long accepted, long rejected, List<ReadProblem> problems) {

    public ReadReport {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
            throw new IllegalArgumentException("read must be accepted + rejected (" + accepted
                    + " + " + rejected + "), was " + read);
        }
        if (problems.size() != rejected) {
            throw new IllegalArgumentException("problems must list each of the " + rejected
                    + " rejected records, had " + problems.size());
        }
    }

    /** True when no record was rejected. */
    public boolean isClean() {
        return rejected == 0;
    }
}
