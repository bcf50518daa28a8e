/**
 * The {@code cx} command line: the entry point {@link dev.cxkit.cli.Cx}, its exit codes and the
 * two failures a command reports ({@link dev.cxkit.cli.UsageException}, exit 2;
 * {@link dev.cxkit.cli.DataException}, exit 1).
 *
 * <p>The subpackages split the work by job: {@code command} holds one class per subcommand,
 * {@code input} reads files (record input, column mapping, grouping and time options,
 * progress), {@code output} prints results (formats, text tables, numbers), and {@code report}
 * renders the self-contained HTML report and its charts.
 *
 * <p>cx-cli is an application, not a library: its classes are public for picocli and for one
 * another, and none of them is API. Threads: a command, and everything it builds, serves one
 * invocation on the thread that runs it and is not thread-safe unless its Javadoc says otherwise
 * (the immutable values, records and constants, are thread-safe); reading in parallel happens
 * inside cx-json's readers, which merge per-thread accumulators.
 */
package dev.cxkit.cli;
