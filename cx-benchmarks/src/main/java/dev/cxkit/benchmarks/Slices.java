package dev.cxkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per thread over contiguous slices of {@code [0, length)}: how an application
 * fills one partial accumulator per thread before merging them.
 */
final class Slices implements AutoCloseable {

    /** The work on one slice {@code [from, to)}. */
    @FunctionalInterface
    interface SliceTask<T> {
        T apply(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    Slices(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cxkit-benchmark-slice");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of threads, and so of slices. */
    int threads() {
        return threads;
    }

    /** The results of {@code task} on each slice, in slice order. */
    <T> List<T> map(int length, SliceTask<T> task) {
        List<Future<T>> futures = new ArrayList<>(threads);
        for (int slice = 0; slice < threads; slice++) {
            int from = (int) ((long) length * slice / threads);
            int to = (int) ((long) length * (slice + 1) / threads);
            futures.add(pool.submit(() -> task.apply(from, to)));
        }
        List<T> results = new ArrayList<>(threads);
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a slice", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a slice failed", e.getCause());
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
