/**
 * How {@code cx} prints results: the output formats (table, CSV, JSON), aligned text tables
 * and number formatting for people.
 */
package dev.cxkit.cli.output;
