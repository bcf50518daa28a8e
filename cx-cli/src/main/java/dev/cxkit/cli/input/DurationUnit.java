package dev.cxkit.cli.input;

import java.util.List;

/**
 * The unit of a churn table's duration column ({@code --unit}): reports state it and default
 * their time points and horizon to it.
 *
 * <p>Immutable constants, thread-safe.
 */
public enum DurationUnit {
    /** Days; reports at 30, 90, 180 and 365 days, a horizon of 365. */
    DAYS("days", "d", List.of(30.0, 90.0, 180.0, 365.0), 365),
    /** Weeks; reports at 4, 13, 26 and 52 weeks, a horizon of 52. */
    WEEKS("weeks", "w", List.of(4.0, 13.0, 26.0, 52.0), 52),
    /** Months (as a subscription export's tenure); reports at 1, 3, 6, 12 and 24, horizon 12. */
    MONTHS("months", "mo", List.of(1.0, 3.0, 6.0, 12.0, 24.0), 12),
    /** Years; reports at 1, 2, 3 and 5 years, a horizon of 1. */
    YEARS("years", "y", List.of(1.0, 2.0, 3.0, 5.0), 1);

    private final String label;
    private final String symbol;
    private final List<Double> defaultPoints;
    private final double defaultHorizon;

    DurationUnit(String label, String symbol, List<Double> defaultPoints, double defaultHorizon) {
        this.label = label;
        this.symbol = symbol;
        this.defaultPoints = defaultPoints;
        this.defaultHorizon = defaultHorizon;
    }

    /** {@return the unit's name in reports: {@code days}, {@code months}..} */
    public String label() {
        return label;
    }

    /** {@return the unit's short symbol in column headers: {@code S(12mo)}} */
    public String symbol() {
        return symbol;
    }

    /** {@return durations at which reports show survival unless {@code --at} says otherwise} */
    public List<Double> defaultPoints() {
        return defaultPoints;
    }

    /**
     * {@return the churn horizon unless {@code --horizon} says otherwise: one year in this unit}
     */
    public double defaultHorizon() {
        return defaultHorizon;
    }
}
