/**
 * Customer Effort Score as a view of a score histogram: {@link dev.cxkit.ces.Ces} (mean with
 * its t interval, easy and hard shares, net) read by a {@link dev.cxkit.ces.CesDefinition}
 * (CES 2.0 on 1..7, CES 1.0 on 1..5, or custom). Nothing is null; results are immutable and
 * thread-safe.
 */
package dev.cxkit.ces;
