package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
 * A file read on several threads: the file is cut into byte ranges at record starts (by a
 * {@link Splitter}: line starts for NDJSON, {@link CsvRanges} for CSV), one a thread; the thread
 * of each range but the first counts the lines of the range before its own (eight bytes at a
 * time, while that range is being read), so that the lines before every range are known after
 * one range's count; and each range is read by a {@link RecordReader} of its own, numbering
 * lines from where its range starts, into an accumulator of its own; the accumulators are merged
 * in the order of the ranges. Each range starts at a record, so each record, its line and its
 * problem are those of a sequential
 * read.
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
    private final Splitter splitter;
    private final String source;
    private final Function<Input, RecordReaderFactory<T>> readers;
    private final int maxProblems;
    private final Consumer<? super ReadProblem> listener;
    private volatile boolean cancelled;

    /** Cuts a file into at most {@code ranges} byte ranges starting at records. */
    interface Splitter {
        /** The ranges' starts followed by the file's size, as {@link LineRanges#split} gives. */
        long[] split(Path path, int ranges) throws IOException;
    }

    /** Opens a record reader of one range, given its input and its first line's number - 1. */
    interface RecordReaderFactory<T> {
        RecordReader<T> open(long linesBefore, Consumer<ReadProblem> problems);
    }

    SplitRead(
            Path path,
            Splitter splitter,
            Function<Input, RecordReaderFactory<T>> readers,
            ReadLimits limits,
            Consumer<? super ReadProblem> listener) {
        this.path = path;
        this.splitter = splitter;
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
        long[] starts = splitter.split(path, ranges);
        int count = starts.length - 1;
        ExecutorService threads = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "cxkit-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Long>> linesBefore = new ArrayList<>();
            List<BlockingQueue<Object>> queues = new ArrayList<>();
            List<Future<Range<A>>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_PROBLEMS);
                queues.add(queue);
                CompletableFuture<Long> before = new CompletableFuture<>();
                CompletableFuture<Long> previous = i == 0 ? null : linesBefore.get(i - 1);
                linesBefore.add(before);
                long previousFrom = i == 0 ? 0 : starts[i - 1];
                long from = starts[i];
                long to = starts[i + 1];
                results.add(threads.submit(() -> readRange(
                        from,
                        to,
                        () -> number(previous, previousFrom, from, before),
                        queue,
                        accumulator,
                        add)));
            }
            return merge(queues, results, merge);
        } finally {
            cancelled = true;
            threads.shutdownNow();
        }
    }

    /**
     * The lines before the range starting at {@code from}, also completing {@code before} with
     * them: those of the range before it, {@code [previousFrom, from)}, counted on this thread
     * while that range is read, added to the lines before that one ({@code previous}; none for
     * the first range). So each thread counts one other range's lines, all at the same time,
     * rather than every range being counted before any is read.
     */
    private long number(
            CompletableFuture<Long> previous,
            long previousFrom,
            long from,
            CompletableFuture<Long> before)
            throws IOException {
        try {
            long lines = previous == null
                    ? 0
                    : LineRanges.countLines(path, previousFrom, from) + previous.join();
            before.complete(lines);
            return lines;
        } catch (IOException | RuntimeException failed) {
            before.completeExceptionally(failed);
            throw failed;
        }
    }

    /** Counts the lines before a range, on the range's thread. */
    private interface LinesBefore {
        long count() throws IOException;
    }

    /** One range's accumulator and report, or what ended its read. */
    private record Range<A>(A result, ReadReport report, RuntimeException failure) {}

    private Range<A> readRange(
            long from,
            long to,
            LinesBefore lines,
            BlockingQueue<Object> queue,
            Supplier<A> accumulator,
            BiConsumer<A, ? super T> add)
            throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long linesBefore = lines.count();
            A result = accumulator.get();
            InputStream bytes = new RangeStream(channel, from, to);
            Input input = from == 0 ? Input.of(bytes, source) : Input.utf8(bytes, source);
            Consumer<ReadProblem> problems = problem -> offer(queue, problem);
            try (RecordReader<T> records = readers.apply(input).open(linesBefore, problems)) {
                return readAll(records, result, add);
            }
        } finally {
            offer(queue, END);
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

    /** The bytes {@code [from, to)} of a file; closing it closes the channel. */
    private static final class RangeStream extends InputStream {
        private final FileChannel channel;
        private final InputStream in;
        private long remaining;

        RangeStream(FileChannel channel, long from, long to) throws IOException {
            this.channel = channel.position(from);
            this.in = Channels.newInputStream(channel);
            this.remaining = to - from;
        }

        @Override
        public int read() throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int b = in.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = in.read(into, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
