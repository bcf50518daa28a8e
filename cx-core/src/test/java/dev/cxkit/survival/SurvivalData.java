package dev.cxkit.survival;

/**
 * Published data sets used by the survival tests. Provenance: Kaplan &amp; Meier (1958), sec. 2
 * example; R's {@code survival::aml} data (Embury et al. 1977; Miller 1981), as printed by
 * {@code src/test/resources/dev/cxkit/survival/r-reference.R}.
 */
final class SurvivalData {

    static final double[] KAPLAN_MEIER_TIMES = {0.8, 1.0, 2.7, 3.1, 5.4, 7.0, 9.2, 12.1};
    static final boolean[] KAPLAN_MEIER_EVENTS = {true, false, false, true, true, false, true, false
    };

    static final double[] AML_MAINTAINED_TIMES = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
    static final boolean[] AML_MAINTAINED_EVENTS = {
        true, true, false, true, true, false, true, true, false, true, false
    };

    static final double[] AML_NONMAINTAINED_TIMES = {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
    static final boolean[] AML_NONMAINTAINED_EVENTS = {
        true, true, true, true, true, false, true, true, true, true, true, true
    };

    /** Three strata (a, b, c) with events and censorings tied at the same times. */
    static final double[][] TIED_TIMES = {
        {1, 2, 2, 2, 3, 5, 5, 6, 8, 9},
        {1, 1, 3, 4, 4, 4, 7, 7, 10},
        {2, 3, 3, 5, 6, 6, 8, 11, 12, 12}
    };

    static final boolean[][] TIED_EVENTS = {
        {true, true, false, true, false, true, true, false, true, false},
        {true, false, true, true, true, false, true, false, true},
        {false, true, true, false, true, false, false, true, true, false}
    };

    private SurvivalData() {}

    static KaplanMeier kaplanMeier1958() {
        return KaplanMeier.fit(KAPLAN_MEIER_TIMES, KAPLAN_MEIER_EVENTS);
    }

    static KaplanMeier amlMaintained() {
        return KaplanMeier.fit(AML_MAINTAINED_TIMES, AML_MAINTAINED_EVENTS);
    }

    static KaplanMeier amlNonmaintained() {
        return KaplanMeier.fit(AML_NONMAINTAINED_TIMES, AML_NONMAINTAINED_EVENTS);
    }

    static RiskSets tied(int stratum) {
        return RiskSets.of(TIED_TIMES[stratum], TIED_EVENTS[stratum]);
    }
}
