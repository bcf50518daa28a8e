/**
 * The report's chart module: scales ({@link dev.cxkit.cli.report.chart.LinearScale},
 * {@link dev.cxkit.cli.report.chart.BandScale}), axes, and four chart types that write inline
 * SVG through one writer ({@link dev.cxkit.cli.report.chart.Svg}), their lines and texts through
 * one element helper ({@code SvgElement}): bars with interval whiskers
 * and hatched small samples, lines with interval bands, markers and censoring ticks, heat-map
 * cells and labelled quadrant scatters. Colours are colour-blind safe and never the only cue.
 */
package dev.cxkit.cli.report.chart;
