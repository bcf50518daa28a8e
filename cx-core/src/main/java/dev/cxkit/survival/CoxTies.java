package dev.cxkit.survival;

/**
 * How a Cox model's partial likelihood treats events tied at the same duration.
 *
 * <p>Source: Therneau &amp; Grambsch (2000), "Modeling Survival Data: Extending the Cox Model",
 * section 3.3; names and behaviour as in R's {@code survival::coxph(ties=)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CoxTies {

    /**
     * Efron (1977), JASA 72:557-565: the {@code d} tied events at a time leave the risk set
     * gradually, the {@code k}-th ({@code k = 0..d-1}) facing {@code S0 - (k/d) D0}, where
     * {@code S0} sums {@code exp(eta)} over the risk set and {@code D0} over the tied events.
     * R's default and this library's.
     */
    EFRON,

    /**
     * Breslow (1974), Biometrics 30:89-99: every one of the {@code d} tied events faces the whole
     * risk set {@code S0}.
     */
    BRESLOW
}
