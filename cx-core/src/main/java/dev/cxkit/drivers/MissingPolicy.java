package dev.cxkit.drivers;

/**
 * How a {@link KeyDriverAnalysis} treats missing answers ({@code NaN} or the missing marker).
 *
 *
 * <p>Immutable and thread-safe.
 */
public enum MissingPolicy {
    /**
     * Listwise deletion (the default): only respondents who answered the outcome and every driver
     * are used; the report's {@code respondentsUsed} is their number. Every statistic describes
     * the same respondents and the correlation matrix is a proper one.
     */
    LISTWISE,
    /**
     * Pairwise deletion (as R's {@code cor(use = "pairwise.complete.obs")}): each correlation uses
     * the respondents who answered both of its items, so fewer answers are thrown away (a
     * respondent without an outcome still informs the correlations among drivers); the report's {@code respondentsUsed} is the smallest such
     * count and each driver carries its own. The correlations may then disagree with each other
     * (no positive semi-definite matrix); the analysis rejects that case.
     */
    PAIRWISE
}
