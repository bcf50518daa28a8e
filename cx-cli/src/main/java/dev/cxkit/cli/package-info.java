/**
 * The {@code cx} command line: the entry point {@link dev.cxkit.cli.Cx}, its exit codes and the
 * two failures a command reports ({@link dev.cxkit.cli.UsageException}, exit 2;
 * {@link dev.cxkit.cli.DataException}, exit 1).
 *
 * <p>The subpackages split the work by job: {@code command} holds one class per subcommand,
 * {@code input} reads files (record input, column mapping, grouping and time options,
 * progress), {@code output} prints results (formats, text tables, numbers), and {@code report}
 * renders the self-contained HTML report and its charts.
 */
package dev.cxkit.cli;
