package dev.cxkit.json.read;

import dev.cxkit.json.deser.CustomerDeserializer;
import dev.cxkit.json.deser.Fields;
import dev.cxkit.json.deser.InteractionDeserializer;
import dev.cxkit.json.deser.SurveyResponseDeserializer;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A record type the readers know: its decoder, its fields in the JSON form (which CSV columns
 * map to; empty with {@code allColumns} for rows, which take every column), those every record
 * must have, where a CSV row's other columns go, if anywhere, and the fast paths reading its
 * NDJSON records token by token and its CSV rows cell by cell, if it has them ({@code tokens}
 * and {@code cells} are {@code null} otherwise).
 */
record RecordSpec<T>(
        Decoder<T> decoder,
        List<String> fields,
        List<String> required,
        Optional<String> otherColumnsField,
        boolean allColumns,
        TokenDecoder.Factory<T> tokens,
        CellDecoder.Factory<T> cells) {

    /** Decodes one record's fields; throws {@code FieldException} for a bad one. */
    interface Decoder<T> {
        T decode(Fields fields, TimeFormat times, String source, long line);
    }

    static final RecordSpec<SurveyResponse> SURVEY_RESPONSE = new RecordSpec<>(
            (fields, times, source, line) -> SurveyResponseDeserializer.INSTANCE.decode(fields),
            List.of(ResponseParts.NAMES),
            List.of("customerId", "time", "instrument", "score"),
            Optional.empty(),
            false,
            (times, limits, source) -> new SurveyResponseTokens(null, times, limits, source),
            (header, times, limits, source) ->
                    new SurveyResponseCells(null, header, times, limits, source));

    static final RecordSpec<Interaction> INTERACTION = new RecordSpec<>(
            (fields, times, source, line) -> InteractionDeserializer.INSTANCE.decode(fields),
            List.of(
                    "customerId",
                    "touchpointId",
                    "time",
                    "outcome",
                    "waitTime",
                    "handlingTime",
                    "resolved"),
            List.of("customerId", "touchpointId", "time", "outcome", "resolved"),
            Optional.empty(),
            false,
            null,
            null);

    /** A customer CSV row's columns other than its fields are its attributes. */
    static final RecordSpec<Customer> CUSTOMER = new RecordSpec<>(
            (fields, times, source, line) -> CustomerDeserializer.INSTANCE.decode(fields),
            List.of("id", "acquiredAt", "churnedAt"),
            List.of("id", "acquiredAt"),
            Optional.of("attributes"),
            false,
            null,
            null);

    /** Survey responses on a scale the caller names: no instrument, optional customer id. */
    static RecordSpec<SurveyResponse> surveyResponsesOn(Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return new RecordSpec<>(
                (fields, times, source, line) ->
                        SurveyResponseDeserializer.INSTANCE.decodeOnScale(fields, scale),
                List.of("customerId", "touchpointId", "time", "score", "weight", "comment"),
                List.of("time", "score"),
                Optional.empty(),
                false,
                (times, limits, source) -> new SurveyResponseTokens(scale, times, limits, source),
                (header, times, limits, source) ->
                        new SurveyResponseCells(scale, header, times, limits, source));
    }

    /** Records of any shape, decoded by the caller from a {@link Row}. */
    static <T> RecordSpec<T> rows(
            List<String> required, Function<? super Row, ? extends T> decoder) {
        Objects.requireNonNull(decoder, "decoder");
        return new RecordSpec<>(
                (fields, times, source, line) -> Objects.requireNonNull(
                        fields.checked(
                                Optional.empty(),
                                () -> decoder.apply(new Row(fields, times, source, line))),
                        () -> "the row decoder returned null for " + source + ":" + line),
                List.of(),
                List.copyOf(required),
                Optional.empty(),
                true,
                null,
                null);
    }
}
