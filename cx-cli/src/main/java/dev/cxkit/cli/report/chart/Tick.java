package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A labelled position on an axis, in data units.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the data value
 * @param label the text shown at it
 */
public record Tick(double value, String label) {

    /**
     * Checks the components.
     *
     * @param value the data value
     * @param label the text shown at it
     */
    public Tick {
        checkArgument(Double.isFinite(value), "tick value must be finite, was %s", value);
        Objects.requireNonNull(label, "label");
    }

    /**
     * About {@code count} nice ticks of {@code scale}, labelled by {@code format}.
     *
     * @param scale the scale the ticks lie on
     * @param count about how many ticks
     * @param format formats a tick's label
     * @return the ticks, ascending
     */
    public static List<Tick> of(LinearScale scale, int count, DoubleFunction<String> format) {
        return scale.ticks(count).stream()
                .map(v -> new Tick(v, format.apply(v)))
                .toList();
    }
}
