package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * Cox models on R's {@code lung} data against R's {@code coxph}, {@code survfit} and
 * {@code cox.zph}: every number below is printed by {@code cox-reference.R} (survival 3.5-3).
 */
class CoxRegressionTest {

    private static final double TOLERANCE = 1e-6;

    private static CoxModel ageSex(CoxTies ties) {
        LungData lung = LungData.all();
        return CoxRegression.builder(lung.time(), lung.dead())
                .numeric("age", lung.age())
                .numeric("sex", lung.sex())
                .ties(ties)
                .fit();
    }

    @Test
    void ageAndSexWithEfronTiesMatchCoxph() {
        CoxModel model = ageSex(CoxTies.EFRON);
        assertThat(model.n()).isEqualTo(228);
        assertThat(model.events()).isEqualTo(165);
        assertThat(model.ties()).isEqualTo(CoxTies.EFRON);
        CoxCoefficient age = model.coefficient("age");
        CoxCoefficient sex = model.coefficient("sex");
        assertThat(age.estimate()).isCloseTo(0.0170453318454113, within(TOLERANCE));
        assertThat(sex.estimate()).isCloseTo(-0.5132185171083844, within(TOLERANCE));
        assertThat(age.standardError()).isCloseTo(0.00922327347696912, within(TOLERANCE));
        assertThat(sex.standardError()).isCloseTo(0.16745796235576815, within(TOLERANCE));
        assertThat(sex.hazardRatio()).isCloseTo(0.598565980406791, within(TOLERANCE));
        assertThat(sex.z()).isCloseTo(-3.06476031290791, within(TOLERANCE));
        assertThat(sex.pValue()).isCloseTo(0.00217844504671314, within(TOLERANCE));
        assertThat(age.pValue()).isCloseTo(0.06459101212954713, within(TOLERANCE));
        Interval hr = sex.hazardRatioInterval(0.95);
        assertThat(hr.lower()).isCloseTo(0.431093578804223, within(TOLERANCE));
        assertThat(hr.upper()).isCloseTo(0.83109851437396, within(TOLERANCE));
        assertThat(age.hazardRatioInterval(0.95).lower())
                .isCloseTo(0.998968580290331, within(TOLERANCE));
        assertThat(age.possiblyInfinite()).isFalse();
        assertThat(model.nullLogLikelihood()).isCloseTo(-749.909801390395, within(TOLERANCE));
        assertThat(model.logLikelihood()).isCloseTo(-742.84824578377, within(TOLERANCE));
        assertTest(model.likelihoodRatioTest(), 14.1231112132486, 2, 0.000857443211627628);
        assertTest(model.waldTest(), 13.4732494513703, 2, 0.00118664565941266);
        assertTest(model.scoreTest(), 13.7223214895153, 2, 0.00104769711762172);
        assertThat(model.concordance()).isEqualTo(new Concordance(11910, 7793, 311));
        assertThat(model.concordance().value()).isCloseTo(0.602853002897971, within(1e-12));
    }

    @Test
    void breslowTiesMatchCoxph() {
        CoxModel model = ageSex(CoxTies.BRESLOW);
        assertThat(model.coefficient("age").estimate())
                .isCloseTo(0.0170128891984432, within(TOLERANCE));
        assertThat(model.coefficient("sex").estimate())
                .isCloseTo(-0.5125647915187186, within(TOLERANCE));
        assertThat(model.coefficient("sex").standardError())
                .isCloseTo(0.16746206314235360, within(TOLERANCE));
        assertThat(model.logLikelihood()).isCloseTo(-743.079654197999, within(TOLERANCE));
        assertTest(model.likelihoodRatioTest(), 14.0847293946395, 2, 0.000874057235754418);
        assertTest(model.waldTest(), 13.4374375054178, 2, 0.00120808507852266);
        assertTest(model.scoreTest(), 13.6852993783457, 2, 0.00106727171145124);
        ProportionalHazardsTest ph = model.proportionalHazardsTest();
        assertTest(ph.terms().get("sex"), 2.599452688876007, 1, 0.106900626104901);
        assertTest(ph.global(), 2.760990772354903, 2, 0.251453955386558);
    }

    @Test
    void proportionalHazardsTestMatchesCoxZph() {
        CoxModel model = ageSex(CoxTies.EFRON);
        ProportionalHazardsTest km = model.proportionalHazardsTest();
        assertThat(km.transform()).isEqualTo(TimeTransform.KM);
        assertThat(km.terms().keySet()).containsExactly("age", "sex");
        assertZph(km.terms().get("age"), 0.20920282636381, 1, 0.647392939198047);
        assertZph(km.terms().get("sex"), 2.60767170353677, 1, 0.106347797927751);
        assertZph(km.global(), 2.77078537593772, 2, 0.250225519945118);
        ProportionalHazardsTest identity = model.proportionalHazardsTest(TimeTransform.IDENTITY);
        assertZph(identity.terms().get("age"), 0.141747561344693, 1, 0.706549843730457);
        assertZph(identity.global(), 2.833391383102034, 2, 0.242514035591659);
        ProportionalHazardsTest log = model.proportionalHazardsTest(TimeTransform.LOG);
        assertZph(log.terms().get("sex"), 2.32690535316119, 1, 0.1271544406807785);
        assertZph(log.global(), 5.42518457694070, 2, 0.0663645474873850);
        ProportionalHazardsTest rank = model.proportionalHazardsTest(TimeTransform.RANK);
        assertZph(rank.terms().get("age"), 0.137016195389135, 1, 0.711265522943880);
        assertZph(rank.global(), 2.475291838507625, 2, 0.290066254224025);
    }

    @Test
    void predictedSurvivalMatchesSurvfit() {
        CoxModel model = ageSex(CoxTies.EFRON);
        CoxSurvivalCurve woman60 = model.survival(Map.of("age", 60, "sex", 2));
        double[] days = {5, 100, 365, 500, 1000};
        double[] expected = {
            0.997059985065747,
            0.905209862362739,
            0.538204837861865,
            0.426523539811922,
            0.134580928777596
        };
        for (int k = 0; k < days.length; k++) {
            assertThat(woman60.survivalAt(days[k]).orElseThrow())
                    .as("S(%s)", days[k])
                    .isCloseTo(expected[k], within(TOLERANCE));
        }
        assertThat(woman60.survivalAt(0).orElseThrow()).isEqualTo(1);
        assertThat(woman60.lastFollowUp()).isEqualTo(1022);
        assertThat(woman60.survivalAt(1022)).isPresent();
        assertThat(woman60.survivalAt(1023)).isEmpty();
        LungData lung = LungData.all();
        double meanAge = java.util.Arrays.stream(lung.age()).average().orElseThrow();
        double meanSex = java.util.Arrays.stream(lung.sex()).average().orElseThrow();
        CoxSurvivalCurve mean = model.survival(Map.of("age", meanAge, "sex", meanSex));
        assertThat(mean.survivalAt(100).orElseThrow())
                .isCloseTo(0.8679205958217059, within(TOLERANCE));
        assertThat(mean.survivalAt(1000).orElseThrow())
                .isCloseTo(0.0576849592996361, within(TOLERANCE));
        assertThatThrownBy(() -> woman60.survivalAt(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-5");
    }

    @Test
    void categoricalCovariateWithStrataMatchesCoxph() {
        LungData lung = LungData.withEcog();
        CoxModel model = CoxRegression.builder(lung.time(), lung.dead())
                .numeric("age", lung.age())
                .categorical("ph.ecog", lung.ecog(), "0")
                .strata(lung.sexLabels())
                .fit();
        assertThat(model.n()).isEqualTo(227);
        assertThat(model.strata()).containsExactly("female", "male");
        assertThat(model.coefficients())
                .extracting(CoxCoefficient::name)
                .containsExactly("age", "ph.ecog=1", "ph.ecog=2", "ph.ecog=3");
        assertThat(model.terms().get(1).reference()).contains("0");
        double[] coef = {
            0.0101275477351109, 0.3654785154322706, 0.8996003790399241, 1.8506831457118473
        };
        double[] se = {
            0.00929143241017563, 0.20109367230502076, 0.22834213557064381, 1.03305713929949161
        };
        List<CoxCoefficient> coefficients = model.coefficients();
        for (int r = 0; r < coef.length; r++) {
            assertThat(coefficients.get(r).estimate()).isCloseTo(coef[r], within(TOLERANCE));
            assertThat(coefficients.get(r).standardError()).isCloseTo(se[r], within(TOLERANCE));
        }
        assertThat(model.coefficient("ph.ecog=3").hazardRatioInterval(0.95).upper())
                .isCloseTo(48.20380369181183, within(1e-5));
        assertThat(model.logLikelihood()).isCloseTo(-628.51735593126, within(TOLERANCE));
        assertTest(model.likelihoodRatioTest(), 19.9848181059522, 4, 0.000502857310780097);
        assertTest(model.waldTest(), 21.3449323780323, 4, 0.000270501358423126);
        assertTest(model.scoreTest(), 22.7360815442265, 4, 0.000142962959791622);
        assertThat(model.concordance()).isEqualTo(new Concordance(6284, 4053, 126));
        ProportionalHazardsTest ph = model.proportionalHazardsTest();
        assertZph(ph.terms().get("age"), 0.117301347611048, 1, 0.731980029041683);
        assertZph(ph.terms().get("ph.ecog"), 5.066642803083934, 3, 0.166981769304415);
        assertZph(ph.global(), 5.077497184727264, 4, 0.279437833170833);
        CoxSurvivalCurve man70 = model.survival(Map.of("age", 70, "ph.ecog", "2"), "male");
        assertThat(man70.survivalAt(100).orElseThrow())
                .isCloseTo(0.733915211072995, within(TOLERANCE));
        assertThat(man70.survivalAt(365).orElseThrow())
                .isCloseTo(0.141656950478004, within(TOLERANCE));
    }

    @Test
    void badInputIsRejectedWithTheFieldAndValue() {
        double[] t = {1, 2, 3};
        boolean[] e = {true, false, true};
        assertThatThrownBy(() -> CoxRegression.builder(t, e).fit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covariate");
        assertThatThrownBy(() -> CoxRegression.builder(t, e).numeric("x", new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must have");
        assertThatThrownBy(() ->
                        CoxRegression.builder(t, e).numeric("x", new double[] {1, Double.NaN, 2}))
                .hasMessageContaining("x[1]")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> CoxRegression.builder(t, e)
                        .categorical("plan", new String[] {"a", "b", "a"}, "c")
                        .fit())
                .hasMessageContaining("reference level 'c'");
        assertThatThrownBy(() -> CoxRegression.builder(t, e)
                        .numeric("constant", new double[] {4, 4, 4})
                        .fit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collinear");
        assertThatThrownBy(() -> CoxRegression.builder(t, new boolean[3])
                        .numeric("x", new double[] {1, 2, 3})
                        .fit())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no");
        assertThatThrownBy(() -> CoxRegression.builder(new double[] {1, -5, 3}, e)
                        .numeric("x", new double[] {1, 2, 3})
                        .fit())
                .hasMessageContaining("durations[1]")
                .hasMessageContaining("-5");
        CoxModel model = ageSex(CoxTies.EFRON);
        assertThatThrownBy(() -> model.survival(Map.of("age", 60)))
                .hasMessageContaining("no value for sex");
        assertThatThrownBy(() -> model.coefficient("weight")).hasMessageContaining("[age, sex]");
    }

    @Test
    void levelWithoutEventsIsFlaggedAsPossiblyInfinite() {
        int n = 40;
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        String[] plan = new String[n];
        String[] planCycle = {"a", "a", "b", "a", "b"};
        boolean[] eventCycle = {true, false, true, true};
        for (int i = 0; i < n; i++) {
            t[i] = i + 1;
            plan[i] = planCycle[i % 5];
            e[i] = eventCycle[i % 4] && plan[i].equals("a");
        }
        CoxModel model = CoxRegression.builder(t, e)
                .categorical("plan", plan, "a")
                .numeric("x", MONOTONE_X)
                .fit();
        assertThat(model.iterations()).isEqualTo(20);
        assertThat(model.coefficient("plan=b").possiblyInfinite()).isTrue();
        assertThat(model.coefficient("plan=b").estimate()).isLessThan(-15);
        assertThat(model.coefficient("x").possiblyInfinite()).isFalse();
        assertThat(model.coefficient("x").estimate()).isCloseTo(0.1591706, within(1e-6));
        assertThat(model.logLikelihood()).isCloseTo(-39.70700, within(1e-5));
    }

    @Test
    void nonConvergenceThrowsNamingTheDataAndLastCoefficients() {
        double[] t = {1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] e = {true, true, false, true, false, true, false, false};
        String[] plan = {"a", "a", "b", "a", "b", "a", "b", "b"};
        assertThatThrownBy(() -> CoxRegression.builder(t, e)
                        .categorical("plan", plan, "a")
                        .fit())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not converge in 20 iterations")
                .hasMessageContaining("8 subjects, 4 events")
                .hasMessageContaining("last coefficients [-21.64");
    }

    /** {@code set.seed(1); rnorm(40)} in R, see cox-reference.R. */
    private static final double[] MONOTONE_X = {
        -0.626453810742332,
        0.183643324222082,
        -0.835628612410047,
        1.59528080213779,
        0.329507771815361,
        -0.820468384118015,
        0.487429052428485,
        0.738324705129217,
        0.575781351653492,
        -0.305388387156356,
        1.51178116845085,
        0.389843236411431,
        -0.621240580541804,
        -2.2146998871775,
        1.12493091814311,
        -0.0449336090152309,
        -0.0161902630989461,
        0.943836210685299,
        0.821221195098089,
        0.593901321217509,
        0.918977371608218,
        0.782136300731067,
        0.0745649833651906,
        -1.98935169586337,
        0.61982574789471,
        -0.0561287395290008,
        -0.155795506705329,
        -1.47075238389927,
        -0.47815005510862,
        0.417941560199702,
        1.35867955152904,
        -0.102787727342996,
        0.387671611559369,
        -0.0538050405829051,
        -1.37705955682861,
        -0.41499456329968,
        -0.394289953710349,
        -0.0593133967111857,
        1.10002537198388,
        0.763175748457544
    };

    private static void assertTest(ChiSquareTest test, double statistic, int df, double p) {
        assertThat(test.statistic()).isCloseTo(statistic, within(TOLERANCE));
        assertThat(test.degreesOfFreedom()).isEqualTo(df);
        assertThat(test.pValue()).isCloseTo(p, within(TOLERANCE));
    }

    private static void assertZph(ChiSquareTest test, double statistic, int df, double p) {
        assertThat(test.statistic()).isCloseTo(statistic, within(1e-4));
        assertThat(test.degreesOfFreedom()).isEqualTo(df);
        assertThat(test.pValue()).isCloseTo(p, within(1e-4));
    }
}
