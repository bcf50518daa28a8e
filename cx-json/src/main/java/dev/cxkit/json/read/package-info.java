/**
 * Streaming readers of cxkit records from the files users export: NDJSON, JSON arrays and CSV,
 * one record at a time, within {@link dev.cxkit.json.read.ReadLimits}.
 *
 * <p>Start from {@link dev.cxkit.json.read.CxReader} (immutable, thread-safe, one per record
 * type and configuration); each {@code open} gives a {@link dev.cxkit.json.read.RecordReader}
 * (an {@code Iterator} and closeable {@code Stream}, not thread-safe). Bad data is one unchecked
 * exception, {@link dev.cxkit.json.read.CxDataException}, carrying a
 * {@link dev.cxkit.json.read.ReadProblem} (source, line, column, field, value, reason); under
 * {@link dev.cxkit.json.read.ErrorPolicy#SKIP_AND_REPORT} bad records are skipped and counted in
 * the {@link dev.cxkit.json.read.ReadReport}.
 *
 * <p>This package is apart from the Jackson module ({@code dev.cxkit.json}): the readers share
 * its field decoding ({@code dev.cxkit.json.deser}) but not its databinding.
 */
package dev.cxkit.json.read;
