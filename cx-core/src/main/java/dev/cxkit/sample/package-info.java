/**
 * Seeded synthetic data sets for examples, demos, the {@code cx sample} command and tests: a
 * realistic population of customers, touchpoints, interactions and survey responses whose
 * planted effects are known, so that an analysis can be checked against them.
 */
package dev.cxkit.sample;
