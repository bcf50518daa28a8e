package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.json.read.RecordRanges.Rule;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * {@link RecordRanges} against a byte-by-byte reading of its definitions ({@link Naive}): the
 * lines and quotes of any stretch, counts of adjacent stretches adding up (a {@code \r\n} cut
 * between its two bytes included), and the first record start from any position, on files of
 * line ends of the three kinds, quotes and other bytes, longer than the eight-byte words and the
 * 64 KiB buffers.
 */
class RecordRangesTest {

    @TempDir
    Path directory;

    @Test
    void countsAndStartsAreThoseOfTheDefinitions() {
        Property.check("record ranges", 60, trial -> {
            SplittableRandom random = trial.random();
            byte[] bytes = bytes(random, random.nextInt(1, random.nextBoolean() ? 200 : 150_000));
            Path file = directory.resolve("bytes-" + trial.index());
            Files.write(file, bytes);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int probe = 0; probe < 20; probe++) {
                    int from = random.nextInt(bytes.length + 1);
                    int middle = from + random.nextInt(bytes.length - from + 1);
                    int to = middle + random.nextInt(bytes.length - middle + 1);
                    for (Rule rule : Rule.values()) {
                        RecordRanges.Count whole = RecordRanges.count(channel, from, to, rule);
                        assertThat(whole).isEqualTo(Naive.count(bytes, from, to, rule));
                        assertThat(RecordRanges.count(channel, from, middle, rule)
                                        .plus(RecordRanges.count(channel, middle, to, rule)))
                                .isEqualTo(whole);
                        if (from >= 1) {
                            boolean even =
                                    Naive.count(bytes, 0, from, Rule.ROWS).quotes() % 2 == 0;
                            assertThat(RecordRanges.start(channel, from, even, rule))
                                    .isEqualTo(Naive.start(bytes, from, rule));
                        }
                    }
                }
            }
        });
    }

    @Test
    void aCrLfCutBetweenItsBytesIsOneLineEnd() throws IOException {
        byte[] bytes = "a\r\nb\rc\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path file = directory.resolve("crlf");
        Files.write(file, bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThat(RecordRanges.count(channel, 0, 2, Rule.LINES).lines()).isZero();
            assertThat(RecordRanges.count(channel, 2, 7, Rule.LINES).lines()).isEqualTo(3);
            assertThat(RecordRanges.start(channel, 2, true, Rule.LINES))
                    .isEqualTo(new RecordRanges.Start(3, 1));
            assertThat(RecordRanges.start(channel, 5, true, Rule.LINES))
                    .isEqualTo(new RecordRanges.Start(5, 0));
        }
    }

    @Test
    void cutsGiveEveryThreadTheSameWork() {
        for (int ranges = 2; ranges <= 8; ranges++) {
            long size = 1_000_000_007L;
            long[] cuts = RecordRanges.cuts(size, ranges);
            assertThat(cuts).hasSize(ranges - 1).isSorted().doesNotHaveDuplicates();
            double first = cuts[0];
            for (int i = 1; i < ranges; i++) {
                long from = cuts[i - 1];
                long to = i + 1 < ranges ? cuts[i] : size;
                double counted = from - (i == 1 ? 0 : cuts[i - 2]);
                assertThat(to - from + RecordRanges.COUNT_COST * counted)
                        .as("range %d of %d, read and the range before counted", i, ranges)
                        .isCloseTo(first, org.assertj.core.data.Offset.offset(2.0));
            }
        }
        assertThat(RecordRanges.cuts(18, 2)).containsExactly(10);
        assertThat(RecordRanges.cuts(2, 2)).containsExactly(1);
        assertThat(RecordRanges.cuts(3, 3)).containsExactly(1, 2);
    }

    /** Bytes that are mostly line ends, quotes and letters, some of them not ASCII. */
    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] alphabet = {'\n', '\r', '"', 'a', ',', (byte) 0xC3, ' '};
        byte[] bytes = new byte[length];
        int lineEvery = random.nextInt(2, 120);
        for (int i = 0; i < length; i++) {
            bytes[i] = random.nextInt(lineEvery) == 0
                    ? alphabet[random.nextInt(3)]
                    : alphabet[random.nextInt(alphabet.length)];
        }
        return bytes;
    }

    /**
     * The definitions read byte by byte: a line end is a {@code \n}, or a {@code \r} not
     * followed by {@code \n}; a record start is a line start ({@code 0} or the byte after a line
     * end), under {@link Rule#ROWS} one with an even number of quotes before it. Also the starts
     * of the ranges {@link SplitRead} reads, for tests that need to know where a file was cut.
     */
    static final class Naive {

        private Naive() {}

        static RecordRanges.Count count(byte[] bytes, int from, int to, Rule rule) {
            long lines = 0;
            long quotes = 0;
            for (int i = from; i < to; i++) {
                lines += lineEnd(bytes, i) ? 1 : 0;
                quotes += rule == Rule.ROWS && bytes[i] == '"' ? 1 : 0;
            }
            return new RecordRanges.Count(lines, quotes);
        }

        static RecordRanges.Start start(byte[] bytes, int from, Rule rule) {
            for (int p = from; p < bytes.length; p++) {
                if (lineEnd(bytes, p - 1)
                        && (rule == Rule.LINES
                                || count(bytes, 0, p, Rule.ROWS).quotes() % 2 == 0)) {
                    return new RecordRanges.Start(p, count(bytes, from, p, rule).lines());
                }
            }
            return new RecordRanges.Start(
                    bytes.length, count(bytes, from, bytes.length, rule).lines());
        }

        /** The starts of the non-empty ranges a file is read in, followed by its size. */
        static long[] starts(Path file, int ranges, Rule rule) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            java.util.List<Long> starts = new java.util.ArrayList<>(java.util.List.of(0L));
            for (long cut : RecordRanges.cuts(bytes.length, ranges)) {
                long start = start(bytes, (int) cut, rule).position();
                if (start > starts.get(starts.size() - 1) && start < bytes.length) {
                    starts.add(start);
                }
            }
            starts.add((long) bytes.length);
            return starts.stream().mapToLong(Long::longValue).toArray();
        }

        private static boolean lineEnd(byte[] bytes, int i) {
            return i >= 0
                    && (bytes[i] == '\n'
                            || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'));
        }
    }
}
