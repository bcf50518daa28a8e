package dev.cxkit.drivers;

import java.util.Objects;

/**
 * Everything the analysis reports about one driver.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the driver's name
 * @param respondents respondents behind its correlation with the outcome (under listwise
 *     deletion the same for every driver)
 * @param pearson Pearson correlation with the outcome
 * @param spearman Spearman rank correlation with the outcome (average ranks for ties)
 * @param relativeWeight Johnson's relative weight
 * @param shapley Shapley (LMG) value
 * @param performance mean rating normalized to [0, 1] by the rating scale (or the driver's
 *     observed range when no scale was declared)
 * @param quadrant importance (relative-weight share) versus performance
 */
public record DriverImportance(
        String name,
        int respondents,
        double pearson,
        double spearman,
        Importance relativeWeight,
        Importance shapley,
        double performance,
        Quadrant quadrant) {

    /**
     * Rejects null fields.
     *
     * @param name the driver's name
     * @param respondents respondents behind its correlation with the outcome (under listwise
     *     deletion the same for every driver)
     * @param pearson Pearson correlation with the outcome
     * @param spearman Spearman rank correlation with the outcome (average ranks for ties)
     * @param relativeWeight Johnson's relative weight
     * @param shapley Shapley (LMG) value
     * @param performance mean rating normalized to [0, 1] by the rating scale (or the driver's
     *     observed range when no scale was declared)
     * @param quadrant importance (relative-weight share) versus performance
     */
    public DriverImportance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relativeWeight, "relativeWeight");
        Objects.requireNonNull(shapley, "shapley");
        Objects.requireNonNull(quadrant, "quadrant");
    }
}
