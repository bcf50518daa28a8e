package dev.cxkit.cli.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * How a chart draws one of its value axes.
 *
 * <p>Immutable (fixed ticks are copied) and thread-safe when {@code format} is, as the
 * report's formatters are.
 *
 * @param title the axis title, with its unit
 * @param domain a fixed data range, or empty to fit the data with nice ends
 * @param ticks fixed ticks (such as period names at positions 0, 1, ...), or empty for nice ones
 * @param format formats nice tick values
 */
public record AxisSpec(
        String title,
        Optional<Range> domain,
        Optional<List<Tick>> ticks,
        DoubleFunction<String> format) {

    /**
     * Checks the components.
     *
     * @param title the axis title, with its unit
     * @param domain a fixed data range, or empty to fit the data with nice ends
     * @param ticks fixed ticks (such as period names at positions 0, 1, ...), or empty for nice ones
     * @param format formats nice tick values
     */
    public AxisSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(domain, "domain");
        ticks = Objects.requireNonNull(ticks, "ticks").map(List::copyOf);
        Objects.requireNonNull(format, "format");
    }

    /**
     * An axis fitted to the data with nice ticks.
     *
     * @param title the axis title, with its unit
     * @param format formats tick values
     * @return the axis
     */
    public static AxisSpec fitted(String title, DoubleFunction<String> format) {
        return new AxisSpec(title, Optional.empty(), Optional.empty(), format);
    }

    /**
     * An axis over a fixed {@code domain} with nice ticks.
     *
     * @param title the axis title, with its unit
     * @param domain the data range the axis spans
     * @param format formats tick values
     * @return the axis
     */
    public static AxisSpec fixed(String title, Range domain, DoubleFunction<String> format) {
        return new AxisSpec(title, Optional.of(domain), Optional.empty(), format);
    }

    /**
     * An axis of categories at positions {@code 0..labels.size()-1}, with half a step of room on
     * each side; with many categories only every k-th is labelled.
     *
     * @param title the axis title
     * @param labels the category labels, in position order
     * @param maxLabels the most labels drawn, at least 1
     * @return the axis
     */
    public static AxisSpec categories(String title, List<String> labels, int maxLabels) {
        int every = Math.max(1, (labels.size() + maxLabels - 1) / maxLabels);
        List<Tick> ticks = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i += every) {
            ticks.add(new Tick(i, labels.get(i)));
        }
        return new AxisSpec(
                title,
                Optional.of(new Range(-0.5, labels.size() - 0.5)),
                Optional.of(ticks),
                Double::toString);
    }

    /** The scale of this axis over {@code data} (min, max) onto {@code from..to}. */
    LinearScale scale(Range data, double from, double to) {
        return domain.map(d -> new LinearScale(d.lower(), d.upper(), from, to))
                .orElseGet(() -> LinearScale.nice(data.lower(), data.upper(), 5, from, to));
    }

    /** The ticks of this axis on {@code scale}. */
    List<Tick> ticksOn(LinearScale scale, int count) {
        return ticks.orElseGet(() -> Tick.of(scale, count, format));
    }
}
