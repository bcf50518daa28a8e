package dev.cxkit.json.read;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.SurveyResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

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

    private final RecordSpec<T> spec;
    private final RecordFormat format;
    private final ErrorPolicy policy;
    private final ReadLimits limits;
    private final CsvColumns columns;
    private final JsonFactory jsonFactory;
    private final CsvFactory csvFactory;

    private CxReader(RecordSpec<T> spec, RecordFormat format, ErrorPolicy policy,
            ReadLimits limits, CsvColumns columns) {
        this.spec = spec;
        this.format = Objects.requireNonNull(format, "format");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(limits.toConstraints()).build();
        this.csvFactory = CsvFactory.builder()
                .streamReadConstraints(limits.toConstraints())
                .enable(CsvReadFeature.SKIP_EMPTY_LINES)
                .build();
    }

    private static <T> CxReader<T> of(RecordSpec<T> spec) {
        return new CxReader<>(spec, RecordFormat.NDJSON, ErrorPolicy.FAIL_FAST,
                ReadLimits.defaults(), CsvColumns.defaults());
    }

    /** Survey responses, NDJSON, failing fast, default limits. */
    public static CxReader<SurveyResponse> surveyResponses() {
        return of(RecordSpec.SURVEY_RESPONSE);
    }

    /** Interactions, NDJSON, failing fast, default limits. */
    public static CxReader<Interaction> interactions() {
        return of(RecordSpec.INTERACTION);
    }

    /**
     * Customers, NDJSON, failing fast, default limits. In CSV, columns other than
     * {@code id}, {@code acquiredAt} and {@code churnedAt} are attributes (empty cells are not).
     */
    public static CxReader<Customer> customers() {
        return of(RecordSpec.CUSTOMER);
    }

    /** This reader for {@code format}. */
    public CxReader<T> withFormat(RecordFormat format) {
        return new CxReader<>(spec, format, policy, limits, columns);
    }

    /** This reader with {@code policy} for bad records. */
    public CxReader<T> withErrorPolicy(ErrorPolicy policy) {
        return new CxReader<>(spec, format, policy, limits, columns);
    }

    /** This reader within {@code limits}. */
    public CxReader<T> withLimits(ReadLimits limits) {
        return new CxReader<>(spec, format, policy, limits, columns);
    }

    /** This reader taking CSV fields from {@code columns}. */
    public CxReader<T> withCsvColumns(CsvColumns columns) {
        return new CxReader<>(spec, format, policy, limits, columns);
    }

    public RecordFormat format() {
        return format;
    }

    public ErrorPolicy errorPolicy() {
        return policy;
    }

    public ReadLimits limits() {
        return limits;
    }

    public CsvColumns csvColumns() {
        return columns;
    }

    /** Opens the file at {@code path}; the source is named by the path. */
    public RecordReader<T> open(Path path) {
        Objects.requireNonNull(path, "path");
        return open(() -> {
            InputStream in = Files.newInputStream(path);
            try {
                return Input.of(in, path.toString());
            } catch (IOException | RuntimeException failed) {
                in.close();
                throw failed;
            }
        });
    }

    /** Reads UTF-8 (or gzip-compressed UTF-8) bytes; {@code source} names them in problems. */
    public RecordReader<T> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(() -> Input.of(in, source));
    }

    /** Reads characters; {@code source} names them in problems. */
    public RecordReader<T> open(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(() -> Input.of(in, source));
    }

    /** Opens an input whose opening may fail with an {@link IOException}. */
    private interface Opening {
        Input open() throws IOException;
    }

    private RecordReader<T> open(Opening opening) {
        try {
            return open(opening.open());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private RecordReader<T> open(Input input) {
        RecordSource records = switch (format) {
            case NDJSON -> new NdjsonSource(input, jsonFactory, limits);
            case JSON_ARRAY -> new JsonArraySource(input, jsonFactory, limits);
            case CSV -> new CsvSource(input, csvFactory, limits, spec, columns);
        };
        return new RecordReader<>(input.source(), records, spec.decoder(), policy);
    }
}
