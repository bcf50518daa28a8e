package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.churn.ChurnCompounding;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The example of the README section "Churn, retention and survival", with its output. */
class ChurnReadmeExampleTest {

    @Test
    void readmeExamplePrintsWhatTheReadmeShows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
                simple churn 10.0 %, churn 22.0 % [18.6, 25.8] of 500, retention 78.0 %
                monthly churn 2 % is 21.53 % a year
                S(24) 0.614 [0.266, 0.835], median 31 months, mean up to 40: 28.9 (SE 3.5)
                log-rank chi2 3.40 on 1 df, p 0.0653
                """);
    }

    private static void example(PrintStream out) {
        // Example code: keep in step with README.md.
        PeriodChurn quarter = PeriodChurn.ofCounts(500, 450, 60); // start, end, new customers
        Interval ci = quarter.churn().interval(0.95);
        out.printf(
                "simple churn %.1f %%, churn %.1f %% [%.1f, %.1f] of %d, retention %.1f %%%n",
                100 * quarter.simpleChurn(),
                100 * quarter.churn().value(),
                100 * ci.lower(),
                100 * ci.upper(),
                quarter.churn().n(),
                100 * quarter.retention().value());
        out.printf(
                "monthly churn 2 %% is %.2f %% a year%n",
                100 * ChurnCompounding.annualFromMonthly(0.02));

        // Months to churn; false = still a customer when last seen (censored).
        double[] months = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
        boolean[] churned = {true, true, false, true, true, false, true, true, false, true, false};
        KaplanMeier km = KaplanMeier.fit(months, churned);
        Interval s24 = km.interval(24, ConfidenceType.byName("log-log"), 0.95);
        RestrictedMean mean = km.restrictedMean(40);
        out.printf(
                "S(24) %.3f [%.3f, %.3f], median %.0f months, mean up to 40: %.1f (SE %.1f)%n",
                km.survival(24),
                s24.lower(),
                s24.upper(),
                km.median().orElseThrow(),
                mean.value(),
                mean.standardError());

        StrataAccumulator<String> byPlan = StrataAccumulator.create();
        for (int i = 0; i < months.length; i++) {
            byPlan.add("annual", months[i], churned[i]);
        }
        double[] monthly = {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
        for (int i = 0; i < monthly.length; i++) {
            byPlan.add("monthly", monthly[i], i != 5);
        }
        LogRankTest<String> test = byPlan.snapshot().logRank();
        out.printf(
                "log-rank chi2 %.2f on %d df, p %.4f%n",
                test.chiSquare(), test.degreesOfFreedom(), test.pValue());
    }
}
