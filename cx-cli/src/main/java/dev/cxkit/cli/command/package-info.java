/**
 * One class per {@code cx} subcommand: its options, the library calls it makes and the tables
 * it prints. Input is read through {@link dev.cxkit.cli.input}, results are printed through
 * {@link dev.cxkit.cli.output}.
 */
package dev.cxkit.cli.command;
