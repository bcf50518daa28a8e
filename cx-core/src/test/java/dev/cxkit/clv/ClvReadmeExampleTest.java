package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The example of the README section "Customer-base models and CLV", with its output. */
class ClvReadmeExampleTest {

    @Test
    void readmeExamplePrintsWhatTheReadmeShows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
                sBG alpha 0.704, beta 1.182; year 10: 191 of 1000 left; CLV at 100 a year, 10 %: 369.49
                ann: x 2, t_x 21.0, T 38.1 weeks, zbar 33.25; P(alive) 0.576, next 52 weeks 1.25 purchases, \
                12-month CLV at 1 % a month 39.77
                """);
    }

    private static void example(PrintStream out) {
        // Example code: keep in step with README.md.
        // Contractual: survivors of a cohort at years 0..7 (Fader & Hardie 2007).
        ShiftedBetaGeometric sbg = ShiftedBetaGeometric.fitSurvivors(
                        1000, 631, 468, 382, 326, 289, 262, 241)
                .model();
        out.printf(
                "sBG alpha %.3f, beta %.3f; year 10: %.0f of 1000 left; CLV at 100 a year, 10 %%: %.2f%n",
                sbg.alpha(),
                sbg.beta(),
                sbg.projectSurvivors(1000, 10)[10],
                100 * sbg.discountedExpectedLifetime(0.10));

        // Non-contractual: a transaction log to (x, t_x, T, zbar) in weeks.
        TransactionLog<String> log = TransactionLog.create(ZoneOffset.UTC);
        log.add("ann", LocalDate.of(2025, 1, 6), 30.00)
                .add("ann", LocalDate.of(2025, 3, 3), 25.50)
                .add("ann", LocalDate.of(2025, 6, 2), 41.00)
                .add("bob", LocalDate.of(2025, 2, 10), 12.00);
        Map<String, RfmSummary> customers =
                log.summarize(LocalDate.of(2025, 9, 30), ChronoUnit.WEEKS);
        // On a real base: BgNbdModel.fit(RfmPatterns.of(customers.values())).model() and
        // GammaGammaModel.fit(customers.values()).model(); here the published CDNOW fits.
        BgNbdModel purchases = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
        GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.44);
        RfmSummary ann = customers.get("ann");
        out.printf(
                "ann: x %d, t_x %.1f, T %.1f weeks, zbar %.2f; P(alive) %.3f, next 52 weeks %.2f"
                        + " purchases, 12-month CLV at 1 %% a month %.2f%n",
                ann.frequency(),
                ann.recency(),
                ann.age(),
                ann.meanRepeatValue(),
                purchases.probabilityAlive(ann),
                purchases.conditionalExpectedTransactions(52, ann),
                CustomerLifetimeValue.of(
                        purchases,
                        spend,
                        ann,
                        DiscountSchedule.monthly(12, 0.01, ChronoUnit.WEEKS)));
    }
}
