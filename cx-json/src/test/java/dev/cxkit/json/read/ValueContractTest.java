package dev.cxkit.json.read;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;

import dev.cxkit.json.CxJson;
import dev.cxkit.json.NdjsonWriter;
import dev.cxkit.model.Scale;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contracts of cx-json's public value types, by guava-testlib: every public factory and
 * method refuses a null argument with a {@link NullPointerException} (nothing is null unless it
 * is an {@code Optional}), and the configuration values are equal exactly when they configure the
 * same thing.
 */
class ValueContractTest {

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(Scale.class, Scale.NPS)
                .setDefault(ZoneId.class, ZoneOffset.UTC)
                .setDefault(String.class, "score")
                .setDefault(Path.class, Path.of("missing.ndjson"))
                .setDefault(ReadLimits.class, ReadLimits.defaults())
                .setDefault(CsvColumns.class, CsvColumns.defaults())
                .setDefault(TimeFormat.class, TimeFormat.iso())
                .setDefault(RecordFormat.class, RecordFormat.NDJSON)
                .setDefault(ErrorPolicy.class, ErrorPolicy.FAIL_FAST);
    }

    @Test
    void publicFactoriesAndMethodsRejectNulls() {
        NullPointerTester tester = tester();
        for (Class<?> type : List.of(
                CxReader.class,
                TimeFormat.class,
                CsvColumns.class,
                FlagFormat.class,
                ReadLimits.class,
                CxJson.class,
                NdjsonWriter.class)) {
            tester.testAllPublicStaticMethods(type);
        }
        tester.testAllPublicInstanceMethods(CxReader.surveyResponses());
        tester.testAllPublicInstanceMethods(TimeFormat.iso());
        tester.testAllPublicInstanceMethods(CsvColumns.defaults());
        tester.testAllPublicInstanceMethods(FlagFormat.standard());
    }

    @Test
    void reportsAndProblemsRejectNulls() {
        NullPointerTester tester = tester().setDefault(long.class, 1L)
                .setDefault(Optional.class, Optional.empty())
                .setDefault(OptionalInt.class, OptionalInt.empty());
        tester.testAllPublicConstructors(ReadProblem.class);
        tester.testAllPublicConstructors(ReadReport.class);
    }

    @Test
    void configurationValuesAreEqualWhenTheyConfigureTheSameThing() {
        new EqualsTester()
                .addEqualityGroup(TimeFormat.iso(), TimeFormat.iso())
                .addEqualityGroup(
                        TimeFormat.iso(ZoneOffset.UTC), TimeFormat.of("iso", ZoneOffset.UTC))
                .addEqualityGroup(
                        TimeFormat.epochSeconds(), TimeFormat.of("epoch-s", ZoneOffset.UTC))
                .addEqualityGroup(
                        TimeFormat.pattern("yyyy-MM-dd", ZoneOffset.UTC),
                        TimeFormat.of("yyyy-MM-dd", ZoneOffset.UTC))
                .addEqualityGroup(TimeFormat.pattern("yyyy-MM-dd", ZoneId.of("Europe/Lisbon")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(FlagFormat.standard(), FlagFormat.standard())
                .addEqualityGroup(FlagFormat.trueWhen("Left"), FlagFormat.trueWhen(" Left "))
                .addEqualityGroup(FlagFormat.trueWhen("Stayed"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CsvColumns.defaults(), CsvColumns.defaults())
                .addEqualityGroup(
                        CsvColumns.defaults().map("score", "Q1"),
                        CsvColumns.defaults().map("score", "Q1"))
                .addEqualityGroup(CsvColumns.defaults().mapPosition("score", 2))
                .addEqualityGroup(CsvColumns.headerless(List.of("id", "score")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(ReadLimits.defaults(), ReadLimits.builder().build())
                .addEqualityGroup(ReadLimits.builder().maxProblemsKept(3).build())
                .addEqualityGroup(
                        ReadLimits.builder().maxDocumentLength(1_000_000).build())
                .testEquals();
    }
}
