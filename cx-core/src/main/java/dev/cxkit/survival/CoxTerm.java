package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One covariate (term) of a Cox model: numeric, with one coefficient per unit, or categorical,
 * with one coefficient per level other than the named reference level. Immutable and
 * thread-safe.
 *
 * @param name the covariate's name
 * @param reference the reference level of a categorical term; empty for a numeric term
 * @param levels the levels with a coefficient, in coefficient order (sorted); empty for a
 *     numeric term
 */
public record CoxTerm(String name, Optional<String> reference, List<String> levels) {

    /**
     * Validates and copies the components.
     *
     * @param name the covariate's name
     * @param reference the reference level of a categorical term; empty for a numeric term
     * @param levels the levels with a coefficient, in coefficient order (sorted); empty for a
     *     numeric term
     * @throws IllegalArgumentException when a numeric term has levels or a categorical term none
     */
    public CoxTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        levels = List.copyOf(levels);
        checkArgument(
                reference.isPresent() != levels.isEmpty(),
                "term %s: a categorical term needs a reference and at least one other level, a numeric term neither",
                name);
    }

    /** {@return true for a categorical term} */
    public boolean isCategorical() {
        return reference.isPresent();
    }

    /** {@return number of coefficients (degrees of freedom) of the term} */
    public int degreesOfFreedom() {
        return isCategorical() ? levels.size() : 1;
    }

    /** {@return the coefficient names: the term's name, or {@code name=level} per level} */
    public List<String> coefficientNames() {
        return isCategorical()
                ? levels.stream().map(level -> name + "=" + level).toList()
                : List.of(name);
    }
}
