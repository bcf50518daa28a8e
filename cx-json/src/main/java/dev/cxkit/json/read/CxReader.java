package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A configured, reusable reader of one record type: format, error policy, limits and CSV column
 * mapping. Immutable and thread-safe: build it once and {@link #open(Path) open} inputs with it,
 * each giving a {@link RecordReader} that streams records one at a time.
 *
 * <pre>{@code
 * CxReader<SurveyResponse> reader = CxReader.surveyResponses()
 *         .withFormat(RecordFormat.CSV)
 *         .withCsvColumns(CsvColumns.defaults().map("score", "Q1_LTR"))
 *         .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);
 * try (RecordReader<SurveyResponse> responses = reader.open(path)) {
 *     responses.forEachRemaining(accumulator::add);
 *     ReadReport report = responses.report();
 * }
 * }</pre>
 *
 * <p>Byte input ({@link Path}, {@link InputStream}) must be UTF-8, optionally with a byte order
 * mark, optionally gzip-compressed (recognised by its magic bytes, not its name).
 *
 * @param <T> the record type
 */
public final class CxReader<T> {

    /** The fewest bytes of a file a thread of {@link #read} is given. */
    public static final long MIN_RANGE_BYTES = 1 << 20;

    private static final Consumer<ReadProblem> IGNORE = problem -> {};

    private final RecordSpec<T> spec;
    private final RecordFormat format;
    private final ErrorPolicy policy;
    private final ReadLimits limits;
    private final CsvColumns columns;
    private final TimeFormat times;
    private final Consumer<? super ReadProblem> listener;
    private final JsonFactory jsonFactory;
    private final CsvFactory csvFactory;

    private CxReader(
            RecordSpec<T> spec,
            RecordFormat format,
            ErrorPolicy policy,
            ReadLimits limits,
            CsvColumns columns,
            TimeFormat times,
            Consumer<? super ReadProblem> listener) {
        this.spec = spec;
        this.format = Objects.requireNonNull(format, "format");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.times = Objects.requireNonNull(times, "times");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(limits.toReaderConstraints())
                .build();
        this.csvFactory = CsvFactory.builder()
                .streamReadConstraints(limits.toReaderConstraints())
                .disable(CsvReadFeature.SKIP_EMPTY_LINES)
                .build();
    }

    private static <T> CxReader<T> of(RecordSpec<T> spec) {
        return new CxReader<>(
                spec,
                RecordFormat.NDJSON,
                ErrorPolicy.FAIL_FAST,
                ReadLimits.defaults(),
                CsvColumns.defaults(),
                TimeFormat.iso(),
                IGNORE);
    }

    /** {@return survey responses, NDJSON, failing fast, default limits} */
    public static CxReader<SurveyResponse> surveyResponses() {
        return of(RecordSpec.SURVEY_RESPONSE);
    }

    /**
     * {@return survey responses whose scale the caller knows, as survey exports have them: the
     * answers are scores on {@code scale} (for example {@code Scale.NPS} for 0..10,
     * {@code Scale.CSAT} for 1..5), so no {@code instrument}, {@code scaleMin} or {@code scaleMax}
     * field is read} Only {@code time} and {@code score} are required: a response without a
     * {@code customerId} is named by where it was read, {@code source:line} (for example
     * {@code reviews.csv:17}), so that each anonymous response stays distinct. NDJSON, failing
     * fast, default limits.
     *
     * @param scale the scale of the answers
     */
    public static CxReader<SurveyResponse> surveyResponses(Scale scale) {
        return of(RecordSpec.surveyResponsesOn(scale));
    }

    /** {@return interactions, NDJSON, failing fast, default limits} */
    public static CxReader<Interaction> interactions() {
        return of(RecordSpec.INTERACTION);
    }

    /**
     * {@return customers, NDJSON, failing fast, default limits} In CSV, columns other than
     * {@code id}, {@code acquiredAt} and {@code churnedAt} are attributes (empty cells are not).
     */
    public static CxReader<Customer> customers() {
        return of(RecordSpec.CUSTOMER);
    }

    /**
     * Records of any shape: {@code decoder} builds one record from each {@link Row} (a CSV,
     * TSV or whitespace row by column name, or a JSON object), such as a transaction of a log or
     * a customer of a churn table:
     *
     * <pre>{@code
     * CxReader<Purchase> reader = CxReader.rows(List.of("id", "date", "amount"),
     *                 row -> new Purchase(row.id("id"), row.date("date"), row.nonNegative("amount")))
     *         .withFormat(RecordFormat.WHITESPACE)
     *         .withCsvColumns(CsvColumns.headerless(List.of("id", "date", "qty", "amount")))
     *         .withTimeFormat(TimeFormat.pattern("yyyyMMdd", ZoneOffset.UTC));
     * }</pre>
     *
     * <p>A row accessor's problem, or an {@link IllegalArgumentException} the decoder throws,
     * makes the row a bad record at its line (and, for a named column, its column), handled as
     * the {@link ErrorPolicy} says. NDJSON, failing fast, default limits.
     *
     * @param required the columns every row needs: a header (or header-less names) without one
     *     of them ends the input before any record, naming the columns there are
     * @param decoder builds a record from a row; must not return {@code null}
     * @param <T> the type of the records
     * @return a reader of such records
     */
    public static <T> CxReader<T> rows(
            List<String> required, Function<? super Row, ? extends T> decoder) {
        Objects.requireNonNull(required, "required");
        return of(RecordSpec.rows(required, decoder));
    }

    /**
     * {@return this reader for {@code format}}
     *
     * @param format the record format
     */
    public CxReader<T> withFormat(RecordFormat format) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /**
     * {@return this reader with {@code policy} for bad records}
     *
     * @param policy fail fast, or skip and report bad records
     */
    public CxReader<T> withErrorPolicy(ErrorPolicy policy) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /**
     * {@return this reader within {@code limits}}
     *
     * @param limits the input limits
     */
    public CxReader<T> withLimits(ReadLimits limits) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /**
     * {@return this reader taking the fields of CSV, TSV and whitespace rows from {@code columns},
     * which also say whether the file has a header row}
     *
     * @param columns how the fields of a row are found
     */
    public CxReader<T> withCsvColumns(CsvColumns columns) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /**
     * {@return this reader reading every time field ({@code time}, {@code acquiredAt},
     * {@code churnedAt}, {@link Row#time(String)}) in {@code times}, in every format}
     *
     * @param times how time fields are read
     */
    public CxReader<T> withTimeFormat(TimeFormat times) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /**
     * {@return this reader telling {@code listener} of every problem as it is found, bad records
     * beyond {@link ReadLimits#maxProblemsKept()} and problems of the whole input included: for
     * writing all of them to a file while memory stays bounded} The listener runs on the reading
     * thread; what it throws ends the read.
     *
     * @param listener told of every problem, on the reading thread
     */
    public CxReader<T> withProblemListener(Consumer<? super ReadProblem> listener) {
        return new CxReader<>(spec, format, policy, limits, columns, times, listener);
    }

    /** {@return the record format read} */
    public RecordFormat format() {
        return format;
    }

    /** {@return what happens to a bad record} */
    public ErrorPolicy errorPolicy() {
        return policy;
    }

    /** {@return the input limits} */
    public ReadLimits limits() {
        return limits;
    }

    /** {@return how the fields of CSV, TSV and whitespace rows are found} */
    public CsvColumns csvColumns() {
        return columns;
    }

    /** {@return how time fields are read} */
    public TimeFormat timeFormat() {
        return times;
    }

    /**
     * Opens the file at {@code path}; the source is named by the path.
     *
     * @param path the file to read
     * @return a reader of the records, to close after use
     * @throws CxDataException when the file starts with a broken gzip header
     * @throws UncheckedIOException when the file cannot be opened, with a message naming the
     *     file (a directory is not a file to read)
     */
    public RecordReader<T> open(Path path) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            String message = "'" + path + "' is a directory, expected a file of records";
            throw new UncheckedIOException(message, new IOException(message));
        }
        return open(path.toString(), () -> {
            InputStream in = Files.newInputStream(path);
            try {
                return Input.of(in, path.toString());
            } catch (IOException | RuntimeException failed) {
                in.close();
                throw failed;
            }
        });
    }

    /**
     * Reads UTF-8 (or gzip-compressed UTF-8) bytes; {@code source} names them in problems.
     *
     * @param in the input
     * @param source the input's name in problems, for example a file name
     * @return a reader of the records, to close after use
     */
    public RecordReader<T> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(source, () -> Input.of(in, source));
    }

    /**
     * Reads characters; {@code source} names them in problems.
     *
     * @param in the input
     * @param source the input's name in problems, for example a file name
     * @return a reader of the records, to close after use
     */
    public RecordReader<T> open(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(source, () -> Input.of(in, source));
    }

    /**
     * Reads the file at {@code path} into an accumulator, on up to {@code threads} threads: each
     * thread reads records into an accumulator of its own ({@code accumulator}, {@code add}),
     * and the accumulators are combined with {@code merge} in the order of the file, as cxkit's
     * accumulators merge exactly ({@code ScoreAccumulator::merge}).
     *
     * <p>An uncompressed NDJSON or CSV file (of at least {@value #MIN_RANGE_BYTES} bytes a
     * thread, without a {@linkplain ReadLimits#maxDocumentLength() document limit}) is cut into
     * byte ranges at record starts, one a thread: NDJSON at line ends, since its lines are
     * independent records; CSV at line ends with an even number of quotes before them, so not
     * inside a quoted cell, every range after the first reading the columns of the file's header
     * (a file whose header cannot be used is read on one thread, which reports why; a file where
     * a quote inside an unquoted cell misled a cut is read again on one thread). Any other input
     * (JSON arrays; gzip, a single stream; TSV and whitespace files) is read on the calling
     * thread. Either way the result, the {@link ReadReport} and the problems the
     * {@linkplain #withProblemListener listener} hears, in order and on the calling thread, are
     * those of reading the file with {@link #open(Path)}: every line number, column and count is
     * the same, and under {@link ErrorPolicy#FAIL_FAST} the file's first bad record is thrown.
     * The functions must allow calls from several threads on distinct accumulators; a
     * {@link #rows rows} decoder is called from several threads.
     *
     * @param <A> the accumulator type
     * @param path the file to read
     * @param threads the most threads to read on, {@code >= 1}; for example
     *     {@code Runtime.getRuntime().availableProcessors()}
     * @param accumulator makes an empty accumulator, one per thread
     * @param add adds a record to an accumulator
     * @param merge combines two accumulators, the earlier part of the file first
     * @return the merged accumulator of every good record, with the read report
     * @throws CxDataException as {@link RecordReader#hasNext()} does
     * @throws UncheckedIOException when the file cannot be read, naming it
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public <A> ReadResult<A> read(
            Path path,
            int threads,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add,
            BinaryOperator<A> merge) {
        return read(path, threads, MIN_RANGE_BYTES, accumulator, add, merge);
    }

    /** {@link #read(Path, int, Supplier, BiConsumer, BinaryOperator)} with ranges of at least {@code minRangeBytes}. */
    <A> ReadResult<A> read(
            Path path,
            int threads,
            long minRangeBytes,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add,
            BinaryOperator<A> merge) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(accumulator, "accumulator");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(merge, "merge");
        checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
        try {
            long ranges = Files.isRegularFile(path)
                    ? Math.min(threads, Files.size(path) / minRangeBytes)
                    : 1;
            if (ranges > 1
                    && (format == RecordFormat.NDJSON || format == RecordFormat.CSV)
                    && limits.maxDocumentLength() < 0
                    && !isGzip(path)) {
                if (format == RecordFormat.NDJSON) {
                    return new SplitRead<T, A>(
                                    path,
                                    RecordRanges.Rule.LINES,
                                    this::rangeReader,
                                    limits,
                                    listener)
                            .read((int) ranges, accumulator, add, merge);
                }
                Header header = csvHeader(path);
                if (header != null) {
                    return readCsvRanges(path, (int) ranges, header, accumulator, add, merge);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(
                    "cannot read '" + path + "': " + failed.getMessage(), failed);
        }
        return readSequentially(path, accumulator, add);
    }

    private <A> ReadResult<A> readSequentially(
            Path path, Supplier<A> accumulator, BiConsumer<A, ? super T> add) {
        A result = accumulator.get();
        try (RecordReader<T> records = open(path)) {
            records.forEachRemaining(record -> add.accept(result, record));
            return new ReadResult<>(result, records.report());
        }
    }

    /**
     * Reads a CSV file in byte ranges starting at rows by quote parity ({@link RecordRanges}); when
     * a cut fell inside a quoted cell, reads it again on this thread, telling the listener only of
     * the problems it had not heard yet (those before the cut are the same, in the same order).
     */
    private <A> ReadResult<A> readCsvRanges(
            Path path,
            int ranges,
            Header header,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add,
            BinaryOperator<A> merge)
            throws IOException {
        long[] heard = {0};
        Consumer<ReadProblem> counted = problem -> {
            heard[0]++;
            listener.accept(problem);
        };
        try {
            return new SplitRead<T, A>(
                            path,
                            RecordRanges.Rule.ROWS,
                            input -> csvRangeReader(input, header),
                            limits,
                            counted)
                    .read(ranges, accumulator, add, merge);
        } catch (CsvScanner.PartEndsInQuotes cutInsideQuotes) {
            long[] skipped = {0};
            Consumer<ReadProblem> unheard = problem -> {
                if (skipped[0] < heard[0]) {
                    skipped[0]++;
                } else {
                    listener.accept(problem);
                }
            };
            return withProblemListener(unheard).readSequentially(path, accumulator, add);
        }
    }

    /** The columns of a CSV file, or {@code null} when its header row cannot be used. */
    private Header csvHeader(Path path) throws IOException {
        Optional<Header> given = Header.headerless(spec, columns);
        if (given.isPresent()) {
            return given.get();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return CsvBytesSource.readHeader(Input.of(in, path.toString()), limits, spec, columns);
        } catch (CorruptInput corrupt) {
            return null;
        }
    }

    /** The reader of one range of a CSV file: the first reads the header, the others get it. */
    private SplitRead.RecordReaderFactory<T> csvRangeReader(Input input, Header header) {
        return (linesBefore, problems) -> new RecordReader<>(
                input.source(),
                new CsvBytesSource(
                        input,
                        limits,
                        spec,
                        columns,
                        times,
                        linesBefore == 0 ? null : header,
                        linesBefore,
                        true),
                spec,
                policy,
                times,
                limits,
                problems);
    }

    /** The reader of one range of an NDJSON file, given the lines before it and its problems. */
    private SplitRead.RecordReaderFactory<T> rangeReader(Input input) {
        return (linesBefore, problems) -> new RecordReader<>(
                input.source(),
                new NdjsonSource(input, jsonFactory, limits, tokens(input), linesBefore),
                spec,
                policy,
                times,
                limits,
                problems);
    }

    private TokenDecoder<T> tokens(Input input) {
        return spec.tokens() == null ? null : spec.tokens().create(times, limits, input.source());
    }

    private static boolean isGzip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** Opens an input whose opening may fail with an {@link IOException}. */
    private interface Opening {
        Input open() throws IOException;
    }

    private RecordReader<T> open(String source, Opening opening) {
        try {
            return open(opening.open());
        } catch (CorruptInput corrupt) {
            ReadProblem problem = BadRecord.ofIo(corrupt, 1).toProblem(source);
            listener.accept(problem);
            throw new CxDataException(problem, CxDataException.Scope.INPUT, corrupt);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private RecordReader<T> open(Input input) {
        RecordSource records = switch (format) {
            case NDJSON -> new NdjsonSource(input, jsonFactory, limits, tokens(input));
            case JSON_ARRAY -> new JsonArraySource(input, jsonFactory, limits);
            case CSV ->
                input.givenAsText()
                        ? new CsvSource(input, csvFactory, limits, spec, columns)
                        : new CsvBytesSource(input, limits, spec, columns, times, null, 0, false);
            case TSV, WHITESPACE -> new DelimitedSource(input, format, limits, spec, columns);
        };
        return new RecordReader<>(input.source(), records, spec, policy, times, limits, listener);
    }
}
