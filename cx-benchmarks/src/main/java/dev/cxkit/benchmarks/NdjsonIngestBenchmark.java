package dev.cxkit.benchmarks;

import dev.cxkit.json.CxJson;
import dev.cxkit.json.NdjsonWriter;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.RecordReader;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * NDJSON ingest of survey responses held in memory, into an NPS histogram: cxkit's
 * {@link CxReader} (per-record error reports, input limits) beside Jackson databind's
 * {@code readValues} with the same deserializers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NdjsonIngestBenchmark {

    @Param("100000")
    int records;

    private final CxReader<SurveyResponse> reader = CxReader.surveyResponses();
    private final ObjectReader databind = CxJson.mapper().readerFor(SurveyResponse.class);
    private byte[] ndjson;

    @Setup(Level.Trial)
    public void writeAndCheck() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter writer = NdjsonWriter.to(out)) {
            writer.writeAll(SyntheticSurvey.responses(SyntheticSurvey.npsScores(records)));
        }
        ndjson = out.toByteArray();
        Agreement.requireSame("Jackson readValues", cxkitReader(), jacksonReadValues());
    }

    @Benchmark
    public ScoreHistogram cxkitReader() throws IOException {
        ScoreAccumulator accumulator = ScoreAccumulator.create(Scale.NPS);
        try (RecordReader<SurveyResponse> read =
                reader.open(new ByteArrayInputStream(ndjson), "benchmark")) {
            read.forEachRemaining(accumulator::add);
        }
        return accumulator.snapshot();
    }

    @Benchmark
    public ScoreHistogram jacksonReadValues() {
        ScoreAccumulator accumulator = ScoreAccumulator.create(Scale.NPS);
        try (MappingIterator<SurveyResponse> read = databind.readValues(ndjson)) {
            read.forEachRemaining(accumulator::add);
        }
        return accumulator.snapshot();
    }
}
