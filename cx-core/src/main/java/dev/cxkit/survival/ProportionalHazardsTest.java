package dev.cxkit.survival;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The test of the proportional-hazards assumption of a Cox model
 * ({@link CoxModel#proportionalHazardsTest}): for each term, and for all terms together, the
 * score test of {@code gamma = 0} in the model with the added covariates {@code x g(t)}, whose
 * score is the sum of the Schoenfeld residuals weighted by {@code g(t)} (Grambsch &amp; Therneau
 * 1994, Biometrika 81:515-526: a trend of the scaled Schoenfeld residuals over {@code g(t)}).
 * A small p-value says the term's hazard ratio changes over time. Immutable and thread-safe.
 *
 * @param transform the time transform {@code g}
 * @param terms the test per term (a categorical term tests all its levels together), in the
 *     model's term order
 * @param global the test of all terms together
 */
public record ProportionalHazardsTest(
        TimeTransform transform, Map<String, ChiSquareTest> terms, ChiSquareTest global) {

    /**
     * Copies the map, keeping its order.
     *
     * @param transform the time transform {@code g}
     * @param terms the test per term (a categorical term tests all its levels together), in the
     *     model's term order
     * @param global the test of all terms together
     */
    public ProportionalHazardsTest {
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(global, "global");
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }
}
