package dev.cxkit.cli.input;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.ReadProblem;
import dev.cxkit.json.read.ReadReport;
import dev.cxkit.json.read.ReadResult;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.json.read.RecordReader;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads records of one type from several files into a consumer, with progress on standard
 * error, and accounts for every record: the reports of all files, a summary of the bad ones on
 * standard error and, when asked, all of them in a file.
 *
 * <p>Not thread-safe: one per command run, called from the command's thread; the parallel
 * reads it starts hand their results back to that thread.
 */
public final class RecordInput {

    private static final int PROBLEMS_SHOWN = 10;

    private final InputOptions options;
    private final PrintWriter err;
    private final List<ReadReport> reports = new ArrayList<>();
    private BufferedWriter badRecords;

    /**
     * An input that reads files as {@code options} say and reports bad records on {@code err}.
     *
     * @param options the input options of the command line
     * @param err standard error
     */
    public RecordInput(InputOptions options, PrintWriter err) {
        this.options = options;
        this.err = err;
    }

    /**
     * Reads every file with {@code reader} (configured per file) into {@code sink}.
     *
     * @param <T> the type of the records
     * @param reader the reader, configured for each file by the input options
     * @param files the files to read, in order
     * @param sink takes each record read
     * @return this input
     * @throws UsageException (exit 2) when a file cannot be read, is empty or holds no record,
     *     or when its input as a whole is unusable (a header without a column asked for, a
     *     truncated or corrupt file)
     */
    public <T> RecordInput read(CxReader<T> reader, List<Path> files, Consumer<? super T> sink) {
        for (Path file : InputOptions.readable(files)) {
            read(options.readerFor(reader, file), file, sink);
        }
        return this;
    }

    /**
     * Reads every file as {@link #read(CxReader, List, Consumer)} does (format, bad records),
     * but with the reader's own CSV columns and time format: for files of a fixed shape, such
     * as a transaction log or a churn table, read beside a survey export whose {@code --column},
     * {@code --headerless} and {@code --time-format} describe that export alone.
     *
     * @param <T> the type of the records
     * @param reader the reader, with the columns and time format of the files' shape
     * @param files the files to read, in order
     * @param sink takes each record read
     * @return this input
     * @throws UsageException (exit 2) as {@link #read(CxReader, List, Consumer)}
     */
    public <T> RecordInput readOwnShape(
            CxReader<T> reader, List<Path> files, Consumer<? super T> sink) {
        for (Path file : InputOptions.readable(files)) {
            RecordFormat format = options.format()
                    .or(() -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                    .orElse(reader.format());
            read(
                    reader.withFormat(format)
                            .withErrorPolicy(
                                    options.policy.failFast
                                            ? ErrorPolicy.FAIL_FAST
                                            : ErrorPolicy.SKIP_AND_REPORT),
                    file,
                    sink);
        }
        return this;
    }

    /**
     * Reads one file with {@code reader}, used as it is, into {@code sink}.
     *
     * @param <T> the type of the records
     * @param reader the reader, used as it is
     * @param file the file to read
     * @param sink takes each record read
     * @return this input
     */
    public <T> RecordInput read(CxReader<T> reader, Path file, Consumer<? super T> sink) {
        InputOptions.readable(List.of(file));
        if (sizeOf(file) == 0) {
            throw new UsageException("'" + file + "' is empty: no records to read");
        }
        int before = reports.size();
        readFile(reader, file, sink);
        ReadReport report = reports.get(before);
        if (report.accepted() + report.rejected() == 0) {
            throw new UsageException("'" + file + "' holds no records");
        }
        return this;
    }

    /**
     * Reads every file as {@link #read(CxReader, List, Consumer)} does, each on up to
     * {@code threads} threads ({@link #read(CxReader, Path, int, Supplier, BiConsumer,
     * BinaryOperator)}): the records of a file reach {@code sink} in the file's order, on the
     * calling thread, once the file is read; the records, the report and the bad records are
     * those of a read on one thread. For commands that keep every record.
     *
     * @param <T> the type of the records
     * @param reader the reader, configured for each file by the input options
     * @param files the files to read, in order
     * @param threads the most threads to read each file on, {@code >= 1}
     * @param sink takes each record read
     * @return this input
     * @throws UsageException (exit 2) as {@link #read(CxReader, List, Consumer)}
     */
    public <T> RecordInput read(
            CxReader<T> reader, List<Path> files, int threads, Consumer<? super T> sink) {
        if (threads == 1) {
            return read(reader, files, sink);
        }
        for (Path file : InputOptions.readable(files)) {
            read(
                            options.readerFor(reader, file),
                            file,
                            threads,
                            ArrayList<T>::new,
                            List::add,
                            (first, later) -> {
                                first.addAll(later);
                                return first;
                            })
                    .forEach(sink);
        }
        return this;
    }

    /**
     * Reads one file with {@code reader}, used as it is, into accumulators on up to
     * {@code threads} threads ({@link CxReader#read(Path, int, java.util.function.Supplier,
     * BiConsumer, BinaryOperator)}), merged in the order of the file: the result, the report and
     * the bad records are those of a read on one thread. Progress shows the bytes read on one
     * thread, the records read on several.
     *
     * @param <T> the type of the records
     * @param <A> the type of the accumulators
     * @param reader the reader, used as it is
     * @param file the file to read
     * @param threads the most threads to read on, {@code >= 1}
     * @param accumulator makes an empty accumulator, one per thread
     * @param add adds a record to an accumulator
     * @param merge combines two accumulators, the earlier part of the file first
     * @return the merged accumulator
     * @throws UsageException (exit 2) as {@link #read(CxReader, Path, Consumer)} does
     */
    public <T, A> A read(
            CxReader<T> reader,
            Path file,
            int threads,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add,
            BinaryOperator<A> merge) {
        if (threads == 1) {
            A result = accumulator.get();
            read(reader, file, record -> add.accept(result, record));
            return result;
        }
        InputOptions.readable(List.of(file));
        long size = sizeOf(file);
        if (size == 0) {
            throw new UsageException("'" + file + "' is empty: no records to read");
        }
        ReadResult<Counted<A>> read;
        try (Progress progress = Progress.start(err, options.quiet, size)) {
            read = reader.withProblemListener(this::badRecord)
                    .read(
                            file,
                            threads,
                            () -> new Counted<>(accumulator.get(), progress),
                            (counted, record) -> counted.add(add, record),
                            (first, later) -> first.merge(merge, later));
        } catch (UncheckedIOException failed) {
            throw new UsageException(
                    "cannot read file '" + file + "': " + Cx.message(failed.getCause()), failed);
        }
        reports.add(read.report());
        if (read.report().read() == 0) {
            throw new UsageException("'" + file + "' holds no records");
        }
        return read.result().accumulator;
    }

    /** A reading thread's accumulator, telling the progress of each 65,536 records it adds. */
    private static final class Counted<A> {
        private static final int BATCH = 1 << 16;

        private final A accumulator;
        private final Progress progress;
        private int records;

        Counted(A accumulator, Progress progress) {
            this.accumulator = accumulator;
            this.progress = progress;
        }

        <T> void add(BiConsumer<A, ? super T> add, T record) {
            add.accept(accumulator, record);
            if (++records == BATCH) {
                progress.add(BATCH);
                records = 0;
            }
        }

        Counted<A> merge(BinaryOperator<A> merge, Counted<A> later) {
            return new Counted<>(merge.apply(accumulator, later.accumulator), progress);
        }
    }

    /** Writes each problem to the {@code --bad-records} file as it is found. */
    private void badRecord(ReadProblem problem) {
        if (options.badRecords.isEmpty()) {
            return;
        }
        try {
            if (badRecords == null) {
                badRecords =
                        Files.newBufferedWriter(options.badRecords.get(), StandardCharsets.UTF_8);
            }
            badRecords.write(problem.message());
            badRecords.newLine();
        } catch (IOException failed) {
            throw new UncheckedIOException(
                    "cannot write bad records to '" + options.badRecords.get() + "'", failed);
        }
    }

    /**
     * What each file read so far gave: its name, records read, accepted and rejected.
     *
     * @return the reports, one per file, in reading order
     */
    public List<ReadReport> reports() {
        return List.copyOf(reports);
    }

    /** Records rejected so far, in all files. */
    long rejected() {
        return reports.stream().mapToLong(ReadReport::rejected).sum();
    }

    /** Records accepted so far, in all files. */
    long accepted() {
        return reports.stream().mapToLong(ReadReport::accepted).sum();
    }

    /**
     * Tells the user about bad records (a summary on standard error, every one in the
     * {@code --bad-records} file) and returns the exit code: {@link Cx#DATA_ERRORS} when any
     * record was rejected.
     *
     * @return the exit code so far: {@link Cx#DATA_ERRORS} or 0
     */
    public int finish() {
        List<ReadProblem> problems = reports.stream()
                .flatMap(report -> report.problems().stream())
                .limit(PROBLEMS_SHOWN + 1)
                .toList();
        closeBadRecords();
        if (rejected() == 0) {
            return Cx.OK;
        }
        err.printf(
                "cx: %d bad record(s) skipped of %d read%n", rejected(), accepted() + rejected());
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> err.println("  " + problem));
        if (rejected() > PROBLEMS_SHOWN) {
            err.println("  ..."
                    + options.badRecords
                            .map(path -> " all listed in " + path)
                            .orElse(" (--bad-records FILE lists all)"));
        }
        err.flush();
        return Cx.DATA_ERRORS;
    }

    private <T> void readFile(CxReader<T> reader, Path file, Consumer<? super T> sink) {
        long size = sizeOf(file);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                Progress progress = Progress.start(err, options.quiet, size);
                RecordReader<T> records =
                        reader.withProblemListener(this::badRecord).open(in, file.toString())) {
            long count = 0;
            while (records.hasNext()) {
                sink.accept(records.next());
                if ((++count & 0xFFFF) == 0) {
                    progress.update(in.count, count);
                }
            }
            reports.add(records.report());
        } catch (IOException failed) {
            throw new UsageException(
                    "cannot read file '" + file + "': " + Cx.message(failed), failed);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException failed) {
            throw new UsageException(
                    "cannot read file '" + file + "': " + Cx.message(failed), failed);
        }
    }

    /** Closes the {@code --bad-records} file, creating it empty when nothing was bad. */
    private void closeBadRecords() {
        if (options.badRecords.isEmpty()) {
            return;
        }
        Path path = options.badRecords.get();
        try {
            if (badRecords == null) {
                Files.write(path, List.of(), StandardCharsets.UTF_8);
            } else {
                badRecords.close();
                badRecords = null;
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write bad records to '" + path + "'", failed);
        }
    }

    /** Counts the bytes read through it, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
