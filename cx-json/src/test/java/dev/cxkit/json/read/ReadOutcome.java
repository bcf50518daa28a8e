package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.SurveyResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What reading a file of survey responses with {@link CxReader#read} gave: the records in order,
 * the report, the problems the listener heard in order, and the message of the exception that
 * ended the read (empty when none did).
 */
record ReadOutcome(
        List<SurveyResponse> records, ReadReport report, List<ReadProblem> heard, String end) {

    /** Reads {@code file} on up to {@code threads} threads, ranges of at least {@code minRange}. */
    static ReadOutcome of(CxReader<SurveyResponse> reader, Path file, int threads, long minRange) {
        return of(reader, file, threads, minRange, new AtomicInteger());
    }

    /**
     * Reads {@code file} as {@link #of(CxReader, Path, int, long)} does, counting in
     * {@code accumulators} the accumulators made: one a range, so more than one when the file
     * was read in ranges.
     */
    static ReadOutcome of(
            CxReader<SurveyResponse> reader,
            Path file,
            int threads,
            long minRange,
            AtomicInteger accumulators) {
        List<ReadProblem> heard = new ArrayList<>();
        Supplier<List<SurveyResponse>> made = () -> {
            accumulators.incrementAndGet();
            return new ArrayList<>();
        };
        try {
            ReadResult<List<SurveyResponse>> read = reader.withProblemListener(heard::add)
                    .read(file, threads, minRange, made, List::add, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
            return new ReadOutcome(read.result(), read.report(), heard, "");
        } catch (CxDataException ended) {
            return new ReadOutcome(List.of(), null, heard, ended.getMessage());
        }
    }

    /**
     * Checks that a file of {@code content} read in two ranges gives the outcome of a read on
     * one thread, with the cut at every byte of {@code content} from {@code from} to {@code to}:
     * the file is {@code content} followed by as many empty lines (which are no records) as put
     * the cut ({@link RecordRanges#cuts}) there. Unless the read ends in an exception (which stops the other
     * range, maybe before it starts), it must have been read in two ranges.
     *
     * @return the one-thread outcomes, one per cut
     */
    static List<ReadOutcome> cutAtEveryByte(
            CxReader<SurveyResponse> reader, Path file, byte[] content, int from, int to)
            throws IOException {
        assertThat(from)
                .as("cuts in the second half of the content")
                .isGreaterThanOrEqualTo((content.length + 1) / 2);
        List<ReadOutcome> sequential = new ArrayList<>();
        for (int cut = from; cut < to; cut++) {
            int length = content.length;
            while (RecordRanges.cuts(length, 2)[0] < cut) {
                length++;
            }
            byte[] bytes = Arrays.copyOf(content, length);
            Arrays.fill(bytes, content.length, bytes.length, (byte) '\n');
            Files.write(file, bytes);
            assertThat(RecordRanges.cuts(bytes.length, 2)).containsExactly(cut);
            ReadOutcome one = of(reader, file, 1, 1);
            AtomicInteger accumulators = new AtomicInteger();
            assertThat(of(reader, file, 2, 1, accumulators))
                    .as("cut at byte %d", cut)
                    .isEqualTo(one);
            if (one.end().isEmpty()) {
                assertThat(accumulators).as("ranges read at cut %d", cut).hasValue(2);
            }
            sequential.add(one);
        }
        return sequential;
    }
}
