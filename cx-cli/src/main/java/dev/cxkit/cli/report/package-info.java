/** The self-contained HTML report of {@code cx report} and its SVG charts. */
package dev.cxkit.cli.report;
