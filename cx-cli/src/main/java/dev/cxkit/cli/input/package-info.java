/**
 * The input layer of {@code cx}: input files and their limits, record input with bad-record
 * handling and progress, column mapping of CSV files, grouping and time options.
 */
package dev.cxkit.cli.input;
