/**
 * Key driver analysis: {@link dev.cxkit.drivers.DriverData} (ratings of drivers and an outcome
 * per respondent) goes through a {@link dev.cxkit.drivers.KeyDriverAnalysis} (settings) into a
 * {@link dev.cxkit.drivers.DriverReport}: correlations, R^2, Johnson's relative weights and
 * Shapley values with bootstrap intervals and a noise-driver check, and
 * importance-versus-performance {@link dev.cxkit.drivers.Quadrant}s.
 *
 * <p>Nothing is null unless it says {@code Optional}; data, settings and reports are immutable
 * and thread-safe.
 */
package dev.cxkit.drivers;
