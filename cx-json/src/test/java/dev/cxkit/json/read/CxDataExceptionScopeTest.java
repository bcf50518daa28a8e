package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.json.read.CxDataException.Scope;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** A reader's exception says how much of the input failed: one record, the rest, or all. */
class CxDataExceptionScopeTest {

    private static final String GOOD =
            "{\"customerId\":\"a\",\"time\":\"2024-05-01T12:00:00Z\"," + "\"score\":9}";

    private static CxDataException thrown(CxReader<SurveyResponse> reader, String text) {
        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(text), "in")) {
            records.forEachRemaining(response -> {});
        } catch (CxDataException stopped) {
            return stopped;
        }
        throw new AssertionError("no CxDataException for " + text);
    }

    @Test
    void aBadRecordUnderFailFastSpoilsOnlyItself() {
        CxDataException stopped = thrown(
                CxReader.surveyResponses(Scale.NPS), GOOD + "\n" + GOOD.replace("9", "11") + "\n");

        assertThat(stopped.scope()).isEqualTo(Scope.RECORD);
        assertThat(stopped.isRecordOnly()).isTrue();
        assertThat(stopped.problem().line()).isEqualTo(2);
    }

    @Test
    void aSyntaxErrorInAJsonArraySpoilsTheRest() {
        CxDataException stopped = thrown(
                CxReader.surveyResponses(Scale.NPS)
                        .withFormat(RecordFormat.JSON_ARRAY)
                        .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT),
                "[" + GOOD + ",\n{\"customerId\" \"b\"}]");

        assertThat(stopped.scope()).isEqualTo(Scope.RECORD_AND_REST);
        assertThat(stopped.isRecordOnly()).isFalse();
    }

    @Test
    void aHeaderWithoutARequiredColumnOrACutGzipSpoilsTheWholeInput() {
        CxDataException header = thrown(
                CxReader.surveyResponses(Scale.NPS)
                        .withFormat(RecordFormat.CSV)
                        .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT),
                "customerId,when,score\na,2024-05-01T12:00:00Z,9\n");
        assertThat(header.scope()).isEqualTo(Scope.INPUT);

        byte[] gzip = gzip((GOOD + "\n").repeat(200));
        assertThatThrownBy(() -> {
                    try (RecordReader<SurveyResponse> records = CxReader.surveyResponses(Scale.NPS)
                            .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                            .open(
                                    new ByteArrayInputStream(Arrays.copyOf(gzip, gzip.length - 20)),
                                    "cut.gz")) {
                        records.forEachRemaining(response -> {});
                    }
                })
                .isInstanceOfSatisfying(
                        CxDataException.class,
                        cut -> assertThat(cut.scope()).isEqualTo(Scope.INPUT))
                .hasMessageContaining("the file is truncated");
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
