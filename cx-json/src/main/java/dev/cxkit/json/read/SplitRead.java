package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A file read on several threads, one byte range a thread, each range starting at a record
 * ({@link RecordRanges}: any line start for NDJSON, a line start outside quotes for CSV). The
 * file is cut without a pass before reading: the file is divided at cuts of about equal size,
 * and the thread of each range but the first counts the lines (and CSV quotes) between the
 * previous cut and its own, eight bytes at a time, adds them to the previous thread's total, and
 * starts its range at the first record start at or after its cut; the range before it reads up
 * to its cut and waits there, if it must, for where this range starts. So the threads count at
 * the same time, the lines before every range are known after one range's count, and the last
 * range is never counted. Each range is read by a {@link RecordReader} of its own, numbering
 * lines from where its range starts, into an accumulator of its own; the accumulators are merged
 * in the order of the ranges. Each range starts at a record, so each record, its line and its
 * problem are those of a sequential read.
 *
 * <p>Problems reach the caller's listener on the calling thread, in the order of the input: a
 * range's problems wait in a bounded queue until the ranges before it are done (a range with
 * more waiting problems than the queue holds pauses), so memory stays bounded. Under
 * {@link ErrorPolicy#FAIL_FAST} the first bad record of the input is thrown, after the ranges
 * before it were read, and the other ranges are stopped.
 */
final class SplitRead<T, A> {

    private static final Object END = new Object();
    private static final int QUEUED_PROBLEMS = 1_024;

    private final Path path;
    private final RecordRanges.Rule rule;
    private final String source;
    private final Function<Input, RecordReaderFactory<T>> readers;
    private final int maxProblems;
    private final Consumer<? super ReadProblem> listener;
    private volatile boolean cancelled;

    /** Opens a record reader of one range, given its input and its first line's number - 1. */
    interface RecordReaderFactory<T> {
        RecordReader<T> open(long linesBefore, Consumer<ReadProblem> problems);
    }

    SplitRead(
            Path path,
            RecordRanges.Rule rule,
            Function<Input, RecordReaderFactory<T>> readers,
            ReadLimits limits,
            Consumer<? super ReadProblem> listener) {
        this.path = path;
        this.rule = rule;
        this.source = path.toString();
        this.readers = readers;
        this.maxProblems = limits.maxProblemsKept();
        this.listener = listener;
    }

    /** Reads the file in {@code ranges} ranges on as many threads. */
    ReadResult<A> read(
            int ranges,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add,
            BinaryOperator<A> merge)
            throws IOException {
        long size = Files.size(path);
        long[] cuts = RecordRanges.cuts(size, ranges);
        ExecutorService threads = Executors.newFixedThreadPool(ranges, runnable -> {
            Thread thread = new Thread(runnable, "cxkit-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Cut> starts = new ArrayList<>();
            List<BlockingQueue<Object>> queues = new ArrayList<>();
            List<Future<Range<A>>> results = new ArrayList<>();
            for (int i = 0; i < ranges; i++) {
                starts.add(new Cut(i == 0 ? 0 : cuts[i - 1]));
            }
            for (int i = 0; i < ranges; i++) {
                BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_PROBLEMS);
                queues.add(queue);
                Cut previous = i == 0 ? null : starts.get(i - 1);
                Cut own = starts.get(i);
                Cut next = i + 1 < ranges ? starts.get(i + 1) : null;
                results.add(threads.submit(
                        () -> readRange(previous, own, next, size, queue, accumulator, add)));
            }
            return merge(queues, results, merge);
        } finally {
            cancelled = true;
            threads.shutdownNow();
        }
    }

    /**
     * Where a range is cut (the first range at 0) and, once its thread has counted, where it
     * starts ({@link Located}).
     */
    private record Cut(long at, CompletableFuture<Located> located) {
        Cut(long at) {
            this(at, new CompletableFuture<>());
        }
    }

    /**
     * Where a range starts: the lines and quotes before its cut, its first byte and the lines
     * before that.
     */
    private record Located(RecordRanges.Count beforeCut, long start, long linesBefore) {}

    /**
     * Finds where the range of {@code own} starts and the lines before it, on the range's thread:
     * counts the lines and quotes from the previous cut to its own, adds those before the previous
     * cut, and looks for the first record start from its cut. A start before the previous range's
     * (a record spanning both cuts) makes the range before it empty.
     */
    private Located locate(FileChannel channel, Cut previous, Cut own) throws IOException {
        try {
            Located located;
            if (previous == null) {
                located = new Located(RecordRanges.Count.NONE, 0, 0);
            } else {
                RecordRanges.Count counted = RecordRanges.count(channel, previous.at, own.at, rule);
                Located before = join(previous.located);
                RecordRanges.Count beforeCut = before.beforeCut().plus(counted);
                RecordRanges.Start found =
                        RecordRanges.start(channel, own.at, beforeCut.quotes() % 2 == 0, rule);
                located = found.position() < before.start()
                        ? new Located(beforeCut, before.start(), before.linesBefore())
                        : new Located(
                                beforeCut, found.position(), beforeCut.lines() + found.lines());
            }
            own.located.complete(located);
            return located;
        } catch (IOException | RuntimeException failed) {
            own.located.completeExceptionally(failed);
            throw failed;
        }
    }

    /** One range's accumulator and report, or what ended its read. */
    private record Range<A>(A result, ReadReport report, RuntimeException failure) {}

    private Range<A> readRange(
            Cut previous,
            Cut own,
            Cut next,
            long size,
            BlockingQueue<Object> queue,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add)
            throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            Located located = locate(channel, previous, own);
            long from = located.start();
            A result = accumulator.get();
            if (from == size) {
                return new Range<>(result, new ReadReport(source, 0, 0, 0, List.of()), null);
            }
            InputStream bytes = next == null
                    ? new RangeStream(channel, from, size, null)
                    : new RangeStream(channel, from, next.at, next.located);
            Input input = from == 0 ? Input.of(bytes, source) : Input.utf8(bytes, source);
            Consumer<ReadProblem> problems = problem -> offer(queue, problem);
            try (RecordReader<T> records =
                    readers.apply(input).open(located.linesBefore(), problems)) {
                return readAll(records, result, add);
            }
        } finally {
            offer(queue, END);
        }
    }

    /** The value of a future completed by another range's thread, its failure as thrown. */
    private static <V> V join(CompletableFuture<V> future) throws IOException {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw failed;
        }
    }

    /** Adds the records of {@code records} to {@code result} until they end or one fails. */
    private Range<A> readAll(RecordReader<T> records, A result, BiConsumer<A, ? super T> add) {
        try {
            while (!cancelled && records.hasNext()) {
                add.accept(result, records.next());
            }
            return new Range<>(result, records.report(), null);
        } catch (RuntimeException failed) {
            return new Range<>(result, records.report(), failed);
        }
    }

    /** Queues {@code item}, waiting while the queue is full, until the read is cancelled. */
    private void offer(BlockingQueue<Object> queue, Object item) {
        try {
            while (!cancelled && !queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
                // the ranges before this one are still being read
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }

    /**
     * Hands the ranges' problems to the listener in order, then merges their accumulators and
     * reports; throws the first range's failure, as a sequential read would have.
     */
    private ReadResult<A> merge(
            List<BlockingQueue<Object>> queues,
            List<Future<Range<A>>> results,
            BinaryOperator<A> merge) {
        A merged = null;
        long accepted = 0;
        long rejected = 0;
        List<ReadProblem> problems = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            for (Object item = take(queues.get(i)); item != END; item = take(queues.get(i))) {
                listener.accept((ReadProblem) item);
            }
            Range<A> range = await(results.get(i));
            if (range.failure() != null) {
                cancelled = true;
                throw range.failure();
            }
            merged = merged == null ? range.result() : merge.apply(merged, range.result());
            accepted += range.report().accepted();
            rejected += range.report().rejected();
            for (ReadProblem problem : range.report().problems()) {
                if (problems.size() < maxProblems) {
                    problems.add(problem);
                }
            }
        }
        return new ReadResult<>(
                merged, new ReadReport(source, accepted + rejected, accepted, rejected, problems));
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading in parallel", interrupted);
        }
    }

    private static <V> V await(Future<V> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading in parallel", interrupted);
        } catch (java.util.concurrent.ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The bytes from {@code from} to the start of the next range, {@code end}, which is at or
     * after {@code cut}: read freely up to the cut, then up to {@code end} once the next range's
     * thread has found it. Closing it closes the channel.
     */
    private static final class RangeStream extends InputStream {
        private final FileChannel channel;
        private final InputStream in;
        private final CompletableFuture<Located> end;
        private long position;
        private long limit;

        /** @param end the next range's start, or {@code null} when {@code cut} is the end */
        RangeStream(FileChannel channel, long from, long cut, CompletableFuture<Located> end)
                throws IOException {
            this.channel = channel.position(from);
            this.in = Channels.newInputStream(channel);
            this.end = end;
            this.position = from;
            this.limit = Math.max(from, cut);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (position == limit && end != null) {
                limit = Math.max(limit, join(end).start());
            }
            if (position == limit) {
                return -1;
            }
            int read = in.read(into, offset, (int) Math.min(length, limit - position));
            position += Math.max(read, 0);
            return read;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
