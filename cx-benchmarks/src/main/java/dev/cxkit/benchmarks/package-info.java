/**
 * JMH benchmarks of cxkit's hot paths, each beside its peers (a plain Java Streams
 * implementation, DuckDB in-process over JDBC, a plain memory scan) computing the same numbers
 * in the same run. Every benchmark checks once per trial that cxkit and each peer agree, so a
 * fast wrong answer cannot win. Run them from {@code target/benchmarks.jar}; see
 * {@code BENCHMARKS.md} at the repository root.
 */
package dev.cxkit.benchmarks;
