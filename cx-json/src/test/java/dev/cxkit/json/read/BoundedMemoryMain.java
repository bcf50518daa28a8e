package dev.cxkit.json.read;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Reads hostile inputs generated on the fly, never held whole, and prints one line per case:
 * {@code case accepted rejected kept firstProblem}. {@link BoundedMemoryTest} runs it in a JVM
 * of 64 MB heap, so a reader whose memory grows with the input fails it.
 */
final class BoundedMemoryMain {

    private static final String GOOD =
            "{\"customerId\":\"a\",\"time\":\"2024-05-01T12:00:00Z\",\"score\":9}\n";

    private BoundedMemoryMain() {}

    public static void main(String[] args) {
        int badRecords = Integer.parseInt(args[0]);
        long invalidBytes = Long.parseLong(args[1]);
        long commas = Long.parseLong(args[2]);
        CxReader<SurveyResponse> reader =
                CxReader.surveyResponses(Scale.NPS).withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

        // one line of invalid UTF-8, every other byte a bad sequence of its own
        print(
                "invalid-utf8",
                reader,
                concat(
                        text(GOOD),
                        new PatternStream(new byte[] {(byte) 0xFF, 'x'}, invalidBytes),
                        text("\n" + GOOD)));
        // a CSV row of millions of empty cells
        print(
                "csv-commas",
                reader.withFormat(RecordFormat.CSV),
                concat(
                        text("customerId,time,score\n"),
                        new PatternStream(new byte[] {','}, commas),
                        text("\na,2024-05-01T12:00:00Z,9\n")));
        // millions of bad records, each with a problem of its own
        print(
                "bad-records",
                reader.withFormat(RecordFormat.CSV),
                concat(
                        text("customerId,time,score\n"),
                        new PatternStream(
                                "b,2024-05-01T12:00:00Z,11\n".getBytes(StandardCharsets.UTF_8),
                                badRecords * 26L),
                        text("a,2024-05-01T12:00:00Z,9\n")));
    }

    private static void print(String name, CxReader<SurveyResponse> reader, InputStream in) {
        try (RecordReader<SurveyResponse> records = reader.open(in, name)) {
            long count = records.stream().count();
            ReadReport report = records.report();
            System.out.println(name + " " + count + " " + report.rejected() + " "
                    + report.problems().size() + " " + report.problems().get(0).message());
        }
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream concat(InputStream... parts) {
        return new SequenceInputStream(Collections.enumeration(List.of(parts)));
    }

    /** {@code length} bytes repeating {@code pattern}, produced on demand. */
    static final class PatternStream extends InputStream {
        private final byte[] pattern;
        private final long length;
        private long position;

        PatternStream(byte[] pattern, long length) {
            this.pattern = pattern.clone();
            this.length = length;
        }

        @Override
        public int read() {
            return position == length ? -1 : pattern[(int) (position++ % pattern.length)] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position == length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[(int) (position++ % pattern.length)];
            }
            return n;
        }
    }
}
