package dev.cxkit.drivers;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of a {@link KeyDriverAnalysis}: R^2, each driver's correlations, importances,
 * performance and quadrant, ranked by relative-weight share (most important first), the drivers
 * left out with their reasons, and the settings that shaped the numbers. An immutable value.
 */
public final class DriverReport {

    private final String outcomeName;
    private final MissingPolicy missingPolicy;
    private final int respondents;
    private final int respondentsUsed;
    private final double rSquared;
    private final List<DriverImportance> drivers;
    private final List<DroppedDriver> dropped;
    private final QuadrantThresholds thresholds;
    private final int bootstrapResamples;
    private final int bootstrapResamplesDiscarded;
    private final OptionalInt shapleySampledOrders;

    DriverReport(
            String outcomeName,
            MissingPolicy missingPolicy,
            int respondents,
            int respondentsUsed,
            double rSquared,
            List<DriverImportance> drivers,
            List<DroppedDriver> dropped,
            QuadrantThresholds thresholds,
            int bootstrapResamples,
            int bootstrapResamplesDiscarded,
            OptionalInt shapleySampledOrders) {
        this.outcomeName = outcomeName;
        this.missingPolicy = missingPolicy;
        this.respondents = respondents;
        this.respondentsUsed = respondentsUsed;
        this.rSquared = rSquared;
        this.drivers = List.copyOf(drivers);
        this.dropped = List.copyOf(dropped);
        this.thresholds = thresholds;
        this.bootstrapResamples = bootstrapResamples;
        this.bootstrapResamplesDiscarded = bootstrapResamplesDiscarded;
        this.shapleySampledOrders = shapleySampledOrders;
    }

    /** {@return name of the outcome} */
    public String outcomeName() {
        return outcomeName;
    }

    /** {@return how missing answers were treated} */
    public MissingPolicy missingPolicy() {
        return missingPolicy;
    }

    /** {@return respondents in the data, including those with missing answers} */
    public int respondents() {
        return respondents;
    }

    /**
     * {@return respondents behind the estimates: under listwise deletion those with every answer;
     * under pairwise deletion the smallest number behind any one correlation (see
     * {@link DriverImportance#respondents()} for each driver's)}
     */
    public int respondentsUsed() {
        return respondentsUsed;
    }

    /**
     * {@return R^2 of the linear regression of the outcome on the drivers analysed (with
     * intercept)}
     */
    public double rSquared() {
        return rSquared;
    }

    /** {@return the drivers analysed, most important first (by relative-weight share)} */
    public List<DriverImportance> drivers() {
        return drivers;
    }

    /**
     * {@return one analysed driver by name}
     *
     * @param name the driver's name
     */
    public DriverImportance driver(String name) {
        Objects.requireNonNull(name, "name");
        return drivers.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("driver must be one of "
                        + drivers.stream().map(DriverImportance::name).toList() + ", was '" + name
                        + "'"
                        + (dropped.stream().anyMatch(d -> d.name().equals(name))
                                ? " (it was dropped, see dropped())"
                                : "")));
    }

    /**
     * {@return drivers left out (constant or perfectly collinear), with the reason, in input order}
     */
    public List<DroppedDriver> dropped() {
        return dropped;
    }

    /** {@return the thresholds that split the importance-versus-performance quadrants} */
    public QuadrantThresholds quadrantThresholds() {
        return thresholds;
    }

    /** {@return bootstrap resamples behind the intervals (0 when the analysis did not resample)} */
    public int bootstrapResamples() {
        return bootstrapResamples;
    }

    /**
     * {@return resamples drawn but discarded because a driver was constant or the drivers collinear
     * in them (a rare event that rare answer categories make likelier)}
     */
    public int bootstrapResamplesDiscarded() {
        return bootstrapResamplesDiscarded;
    }

    /**
     * {@return the number of random orders behind the Shapley values when there were too many
     * drivers to visit every subset; empty when the values are exact}
     */
    public OptionalInt shapleySampledOrders() {
        return shapleySampledOrders;
    }

    /**
     * {@return the quadrant a driver falls in (shorthand for {@code driver(name).quadrant()})}
     *
     * @param name the driver's name
     */
    public Quadrant quadrant(String name) {
        return driver(name).quadrant();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DriverReport other)) {
            return false;
        }
        return outcomeName.equals(other.outcomeName)
                && missingPolicy == other.missingPolicy
                && respondents == other.respondents
                && respondentsUsed == other.respondentsUsed
                && Double.compare(rSquared, other.rSquared) == 0
                && drivers.equals(other.drivers)
                && dropped.equals(other.dropped)
                && thresholds.equals(other.thresholds)
                && bootstrapResamples == other.bootstrapResamples
                && bootstrapResamplesDiscarded == other.bootstrapResamplesDiscarded
                && shapleySampledOrders.equals(other.shapleySampledOrders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                outcomeName,
                missingPolicy,
                respondents,
                respondentsUsed,
                rSquared,
                drivers,
                dropped,
                thresholds,
                bootstrapResamples,
                bootstrapResamplesDiscarded,
                shapleySampledOrders);
    }

    @Override
    public String toString() {
        return "DriverReport{outcome=" + outcomeName + ", n=" + respondentsUsed + "/" + respondents
                + " (" + missingPolicy + "), R^2=" + rSquared + ", drivers=" + drivers
                + ", dropped=" + dropped + "}";
    }
}
