/**
 * Numerics shared by the feature packages: confidence intervals and levels, proportion
 * intervals, special functions and fitting helpers that no maintained library offers.
 */
package dev.cxkit.stats;
