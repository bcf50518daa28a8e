package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;

import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * {@code --threads N}: how many threads read each input file ({@code cx nps}, {@code csat},
 * {@code ces}, {@code journey}, {@code report}). An uncompressed NDJSON or CSV file of at least
 * 1 MiB a thread is read in byte ranges on that many threads, into accumulators merged exactly in
 * file order (or lists of the records, put together in file order); other files (gzip-compressed,
 * JSON arrays, TSV, whitespace) are read on one. The output, the bad records and the exit code
 * are the same with any number.
 *
 * <p>Not thread-safe: picocli sets its field from one command line, one instance per run; the
 * reads it configures run on their own threads.
 */
public final class ThreadsOption {

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads reading each file (default: the available processors); "
                    + "uncompressed NDJSON and CSV files of at least 1 MiB a thread are read in "
                    + "parallel, other files on one thread. The output is the same with any N.")
    Optional<Integer> threads = Optional.empty();

    /**
     * {@return the threads to read on: {@code --threads}, else the available processors}
     *
     * @throws UsageException when {@code --threads} is less than 1
     */
    public int count() {
        int count = threads.orElseGet(() -> Runtime.getRuntime().availableProcessors());
        if (count < 1) {
            throw new UsageException("--threads must be at least 1, was " + count);
        }
        return count;
    }
}
