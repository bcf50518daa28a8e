package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.deser.Fields;
import dev.cxkit.json.read.CxDataException.Scope;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open input read one record at a time: an {@link Iterator} that holds only the current
 * record, and a {@link #stream()} over the same records. Bad records follow the
 * {@link ErrorPolicy}: thrown as {@link CxDataException}, or skipped, counted and listed in the
 * {@link #report()} (the first {@link ReadLimits#maxProblemsKept()} of them; a
 * {@linkplain CxReader#withProblemListener problem listener} sees every one as it is found).
 * Memory is bounded by the limits, never by the number or size of bad records. Close it (or
 * the stream) to release the input. Not thread-safe.
 *
 * <p>Obtain one from a {@link CxReader}.
 *
 * @param <T> the record type
 */
public final class RecordReader<T> implements Iterator<T>, Closeable {

    private final String source;
    private final RecordSource records;
    private final RecordSpec<T> spec;
    private final ErrorPolicy policy;
    private final TimeFormat times;
    private final int maxNumberLength;
    private final int maxProblems;
    private final Consumer<? super ReadProblem> listener;
    private final List<ReadProblem> problems = new ArrayList<>();
    private long accepted;
    private long rejected;
    private T next;
    private boolean finished;

    RecordReader(
            String source,
            RecordSource records,
            RecordSpec<T> spec,
            ErrorPolicy policy,
            TimeFormat times,
            ReadLimits limits,
            Consumer<? super ReadProblem> listener) {
        this.source = source;
        this.records = records;
        this.spec = spec;
        this.policy = policy;
        this.times = times;
        this.maxNumberLength = limits.maxNumberLength();
        this.maxProblems = limits.maxProblemsKept();
        this.listener = listener;
    }

    /**
     * True when another good record follows; reads ahead to it, skipping (and reporting) bad
     * ones under {@link ErrorPolicy#SKIP_AND_REPORT}.
     *
     * @throws CxDataException for a bad record under {@link ErrorPolicy#FAIL_FAST}, and under
     *     either policy for input that cannot be read further
     * @throws UncheckedIOException when reading fails
     */
    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            advance();
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + source);
        }
        T record = next;
        next = null;
        return record;
    }

    /** {@return the remaining records as a sequential stream; closing it closes this reader} */
    public Stream<T> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(
                                this, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(this::close);
    }

    /**
     * Counts and problems so far; complete once the records are exhausted. The report keeps
     * the first {@link ReadLimits#maxProblemsKept()} problems and counts every one.
     *
     * @return the read report so far
     */
    public ReadReport report() {
        return new ReadReport(source, accepted + rejected, accepted, rejected, problems);
    }

    private void advance() {
        try {
            Object record = records.next();
            if (record == null) {
                finished = true;
                return;
            }
            next = record instanceof RawRecord raw ? decode(raw) : fastRecord(record);
            accepted++;
        } catch (BadRecord bad) {
            reject(bad);
        }
    }

    @SuppressWarnings("unchecked") // a fast path of the spec's record type made it
    private T fastRecord(Object record) {
        return (T) record;
    }

    private T decode(RawRecord raw) {
        Fields fields = (raw.textual() ? Fields.text(raw.object()) : Fields.json(raw.object()))
                .withMaxNumberLength(maxNumberLength)
                .withOrigin(source, raw.line());
        if (!times.equals(TimeFormat.iso())) {
            fields = fields.withTimes(times::instant);
        }
        try {
            return spec.decoder().decode(fields, times, source, raw.line());
        } catch (FieldException invalid) {
            throw BadRecord.of(
                    invalid,
                    raw.line(),
                    invalid.field().map(raw::columnOf).orElse(OptionalInt.empty()));
        }
    }

    /** Lists a bad record; throws when the policy or the problem's scope says to stop. */
    private void reject(BadRecord bad) {
        ReadProblem problem = bad.toProblem(source);
        if (bad.scope() != Scope.INPUT) {
            rejected++;
            if (problems.size() < maxProblems) {
                problems.add(problem);
            }
        }
        listener.accept(problem);
        if (bad.scope() != Scope.RECORD || policy == ErrorPolicy.FAIL_FAST) {
            finished = true;
            throw new CxDataException(problem, bad.scope(), bad);
        }
    }

    /**
     * Releases the input; later calls do nothing more. Declares no checked exception, so a
     * reader in a try-with-resources block needs no {@code catch (IOException)}.
     *
     * @throws UncheckedIOException when closing the underlying input fails
     */
    @Override
    public void close() {
        finished = true;
        try {
            records.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
