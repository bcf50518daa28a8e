/**
 * The cxkit domain: customers, touchpoints on an ordered journey stage model, interactions,
 * survey responses on a bounded scale, and journeys.
 *
 * <p>Every type is an immutable record validated in its constructor: a bad value is rejected
 * with an {@link IllegalArgumentException} naming the field, the value and the allowed range,
 * and a null with a {@link NullPointerException} naming the field. Nothing is null unless it is
 * an {@link java.util.Optional}.
 */
package dev.cxkit.model;
