package dev.cxkit.nps;

/**
 * The named methods for a confidence interval of the Net Promoter Score.
 *
 * <p>NPS is the difference {@code p - d} of two proportions of one multinomial sample
 * (promoters, passives, detractors). The Wald-type methods add pseudo-observations
 * {@code (detractors, passives, promoters)} and take {@code NPS' +- z sqrt(V'/n')} with
 * {@code V' = p' + d' - (p' - d')^2} from the adjusted counts; Rocks (2016, "Interval
 * estimation for the net promoter score", The American Statistician 70(4):365-372) compared
 * them by simulation and found the adjusted Wald and the Tango score interval to keep their
 * level best. Every method's bounds are clipped to [-100, 100] points.
 *
 * <p>Immutable and thread-safe.
 */
public enum NpsIntervalMethod {

    /**
     * Plain Wald: {@code NPS +- z SE}, no pseudo-observations; poor for small n or extreme
     * shares.
     */
    WALD("wald", 0, 0, 0),

    /**
     * Adjusted Wald (Rocks 2016, his R package's default): adds (0.75, 1.5, 0.75)
     * pseudo-observations, so {@code n' = n + 3} and the interval is centred on
     * {@code NPS' = (P - D)/(n + 3)}, reported by {@link Nps#adjustedScore()}.
     */
    ADJUSTED_WALD("adjusted-wald", 0.75, 1.5, 0.75),

    /**
     * Bonett and Price (2012, "Adjusted Wald confidence interval for a difference of binomial
     * proportions based on paired data", J. Educ. Behav. Stat. 37(4):479-488): adds one
     * detractor and one promoter, {@code n' = n + 2}, then Wald; as tabulated by Fagerland,
     * Lydersen and Laake (2014, Stat. Methods Med. Res.).
     */
    BONETT_PRICE("bonett-price", 1, 0, 1),

    /**
     * Tango's score interval for a difference of paired proportions (Tango 1998, "Equivalence
     * test and confidence interval for the difference in proportions for the paired-sample
     * design", Statistics in Medicine 17:891-908): the two roots of {@code Z(delta) = +-z},
     * found with a bracketing root finder; closed forms where every response is in one group.
     */
    TANGO("tango", 0, 0, 0);

    private final String label;
    private final double pseudoDetractors;
    private final double pseudoPassives;
    private final double pseudoPromoters;

    NpsIntervalMethod(
            String label, double pseudoDetractors, double pseudoPassives, double pseudoPromoters) {
        this.label = label;
        this.pseudoDetractors = pseudoDetractors;
        this.pseudoPassives = pseudoPassives;
        this.pseudoPromoters = pseudoPromoters;
    }

    /** {@return the method's name as written in {@link dev.cxkit.stats.Interval#method()}} */
    public String label() {
        return label;
    }

    /**
     * {@return true for the methods of the form {@code estimate +- z SE} (all but {@link #TANGO})}
     */
    public boolean isWaldType() {
        return this != TANGO;
    }

    double pseudoDetractors() {
        return pseudoDetractors;
    }

    double pseudoPassives() {
        return pseudoPassives;
    }

    double pseudoPromoters() {
        return pseudoPromoters;
    }
}
