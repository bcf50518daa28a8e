package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Bytes;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

class TransactionLogTest {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** The raw CDNOW log keyed by the sample's customer id (the summaries' ID). */
    static TransactionLog<Integer> cdnowLog() {
        TransactionLog<Integer> log = TransactionLog.create(ZoneOffset.UTC);
        for (String line : CdnowData.lines("CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            log.add(
                    Integer.valueOf(f[1]),
                    LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE),
                    Double.parseDouble(f[4]));
        }
        return log;
    }

    @Test
    void rebuildsTheCdnowSummaryFromTheRawLog() {
        Map<Integer, RfmSummary> built = cdnowLog().summarize(CALIBRATION_END, ChronoUnit.WEEKS);
        List<String[]> expected =
                CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv");
        assertThat(built).hasSize(2357);
        assertThat(expected).hasSize(2357);
        for (String[] row : expected) {
            RfmSummary summary = built.get(Integer.valueOf(row[0]));
            assertThat(summary.frequency())
                    .as("x of %s", row[0])
                    .isEqualTo(Integer.parseInt(row[1]));
            // the published files round to two decimals
            assertThat(summary.recency())
                    .as("t_x of %s", row[0])
                    .isCloseTo(Double.parseDouble(row[2]), within(0.0051));
            assertThat(summary.age())
                    .as("T of %s", row[0])
                    .isCloseTo(Double.parseDouble(row[3]), within(0.0051));
            assertThat(summary.meanRepeatValue())
                    .as("zbar of %s", row[0])
                    .isCloseTo(Double.parseDouble(row[4]), within(0.0051));
        }
        for (String[] row : CdnowData.csvRows("cdnow_customers_summary.csv")) {
            RfmSummary summary = built.get(Integer.valueOf(row[0]));
            assertThat(summary.frequency()).isEqualTo(Integer.parseInt(row[1]));
            assertThat(summary.recency()).isCloseTo(Double.parseDouble(row[2]), within(0.0051));
        }
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(RfmPatterns.of(built.values()));
        assertThat(fit.model().r()).isCloseTo(0.243, within(0.0005));
    }

    @Test
    void collapsesSameDayPurchasesAndIgnoresLaterOnes() {
        TransactionLog<String> log = TransactionLog.create(ZoneId.of("Europe/Paris"));
        log.add("ann", LocalDate.of(2024, 1, 1), 10)
                .add("ann", Instant.parse("2024-01-01T23:30:00Z"), 5) // 00:30 on 2 January in Paris
                .add("ann", Instant.parse("2024-01-02T08:00:00Z"), 7)
                .add("ann", LocalDate.of(2024, 1, 11), 3)
                .add("ann", LocalDate.of(2024, 3, 1), 100)
                .add("bob", LocalDate.of(2024, 1, 5), 20)
                .add("eve", LocalDate.of(2024, 2, 1), 20);
        Map<String, RfmSummary> days = log.summarize(LocalDate.of(2024, 1, 31), ChronoUnit.DAYS);
        assertThat(days).containsOnlyKeys("ann", "bob");
        assertThat(days.get("ann")).isEqualTo(new RfmSummary(2, 10, 30, 7.5));
        assertThat(days.get("bob")).isEqualTo(RfmSummary.of(0, 0, 26));
        assertThat(log.summarize(LocalDate.of(2024, 1, 31), ChronoUnit.WEEKS).get("ann"))
                .isEqualTo(new RfmSummary(2, 10 / 7.0, 30 / 7.0, 7.5));
    }

    @Test
    void mergingEqualsAddingEverythingToOneLog() {
        TransactionLog<String> left = TransactionLog.create(ZoneOffset.UTC);
        TransactionLog<String> right = TransactionLog.create(ZoneOffset.UTC);
        TransactionLog<String> all = TransactionLog.create(ZoneOffset.UTC);
        left.add("a", LocalDate.of(2024, 1, 1), 1).add("b", LocalDate.of(2024, 1, 3), 2);
        right.add("a", LocalDate.of(2024, 1, 1), 4).add("a", LocalDate.of(2024, 1, 9), 6);
        all.add("a", LocalDate.of(2024, 1, 1), 1)
                .add("b", LocalDate.of(2024, 1, 3), 2)
                .add("a", LocalDate.of(2024, 1, 1), 4)
                .add("a", LocalDate.of(2024, 1, 9), 6);
        LocalDate end = LocalDate.of(2024, 2, 1);
        assertThat(left.merge(right).summarize(end, ChronoUnit.DAYS))
                .isEqualTo(all.summarize(end, ChronoUnit.DAYS));
    }

    @Test
    void zeroAmountPurchasesCountAsRepeatPurchasesButNotAsSpend() {
        TransactionLog<String> log = TransactionLog.<String>create(ZoneOffset.UTC)
                .add("ann", LocalDate.of(2024, 1, 1), 10)
                .add("ann", LocalDate.of(2024, 1, 8), 0)
                .add("ann", LocalDate.of(2024, 1, 15), 30)
                .add("bob", LocalDate.of(2024, 1, 2), 5)
                .add("bob", LocalDate.of(2024, 1, 9), 0.0)
                .add("bob", LocalDate.of(2024, 1, 9), 0.0);
        Map<String, RfmSummary> days = log.summarize(LocalDate.of(2024, 1, 31), ChronoUnit.DAYS);
        assertThat(days.get("ann")).isEqualTo(new RfmSummary(2, 14, 30, 30, 1));
        assertThat(days.get("bob")).isEqualTo(new RfmSummary(1, 7, 29, 0, 0));
        assertThat(log.transactions()).isEqualTo(6);
        assertThat(log.purchaseDays()).isEqualTo(5);
        // the spend model sees ann's one valued purchase only; bob has none and is left out
        GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.44);
        assertThat(spend.conditionalExpectedAverageValue(days.get("ann")))
                .isEqualTo(spend.conditionalExpectedAverageValue(1, 30));
        assertThat(spend.conditionalExpectedAverageValue(days.get("bob")))
                .isEqualTo(spend.populationMeanValue());
    }

    @Test
    void splitsCdnowIntoCalibrationAndHoldoutAsTheIndependentScriptDoes() {
        Map<Integer, CalibrationHoldout> split =
                cdnowLog().split(CALIBRATION_END, LocalDate.of(1998, 6, 30), ChronoUnit.WEEKS);
        // clv_reference.txt: 2,357 customers, 1,882 repeat purchases in the 39-week holdout
        assertThat(split).hasSize(2357);
        assertThat(split.values().stream()
                        .mapToLong(CalibrationHoldout::holdoutPurchases)
                        .sum())
                .isEqualTo(1882);
        assertThat(split.get(1).calibration())
                .isEqualTo(
                        cdnowLog().summarize(CALIBRATION_END, ChronoUnit.WEEKS).get(1));
        assertThat(CalibrationHoldout.horizon(
                        CALIBRATION_END, LocalDate.of(1998, 6, 30), ChronoUnit.WEEKS))
                .isEqualTo(39.0);
        assertThatThrownBy(
                        () -> cdnowLog().split(CALIBRATION_END, CALIBRATION_END, ChronoUnit.WEEKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holdoutEnd must be after");
    }

    @Test
    void mergeIsExactForAmountsInCents() {
        Property.check("merge of logs with amounts in cents equals one log", 300, trial -> {
            TransactionLog<Integer> left = TransactionLog.create(ZoneOffset.UTC);
            TransactionLog<Integer> right = TransactionLog.create(ZoneOffset.UTC);
            TransactionLog<Integer> reversed = TransactionLog.create(ZoneOffset.UTC);
            TransactionLog<Integer> all = TransactionLog.create(ZoneOffset.UTC);
            int n = trial.intIn(2, 30);
            int[] customer = new int[n];
            LocalDate[] day = new LocalDate[n];
            double[] amount = new double[n];
            for (int i = 0; i < n; i++) {
                customer[i] = trial.intIn(0, 3);
                day[i] = LocalDate.of(2024, 1, 1).plusDays(trial.intIn(0, 5));
                amount[i] = trial.intIn(0, 100_000) / 100.0;
                (i % 2 == 0 ? left : right).add(customer[i], day[i], amount[i]);
                all.add(customer[i], day[i], amount[i]);
            }
            for (int i = n - 1; i >= 0; i--) {
                reversed.add(customer[i], day[i], amount[i]);
            }
            LocalDate end = LocalDate.of(2024, 2, 1);
            Map<Integer, RfmSummary> expected = all.summarize(end, ChronoUnit.DAYS);
            assertThat(left.merge(right).summarize(end, ChronoUnit.DAYS)).isEqualTo(expected);
            assertThat(reversed.summarize(end, ChronoUnit.DAYS)).isEqualTo(expected);
        });
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; the log holds 0.3
        TransactionLog<String> log = TransactionLog.<String>create(ZoneOffset.UTC)
                .add("a", LocalDate.of(2024, 1, 1), 1)
                .add("a", LocalDate.of(2024, 1, 2), 0.1)
                .add("a", LocalDate.of(2024, 1, 2), 0.2)
                .add("a", LocalDate.of(2024, 1, 3), new BigDecimal("0.30"));
        assertThat(log.summarize(LocalDate.of(2024, 1, 9), ChronoUnit.DAYS)
                        .get("a")
                        .meanRepeatValue())
                .isEqualTo(0.3);
    }

    @Test
    void logsOfDifferentZonesAreNotMerged() {
        TransactionLog<String> utc =
                TransactionLog.<String>create(ZoneOffset.UTC).add("a", LocalDate.of(2024, 1, 1), 1);
        TransactionLog<String> saoPaulo = TransactionLog.<String>create(
                        ZoneId.of("America/Sao_Paulo"))
                .add("a", LocalDate.of(2024, 1, 2), 2);
        LocalDate end = LocalDate.of(2024, 2, 1);
        var before = utc.summarize(end, ChronoUnit.DAYS);
        assertThatThrownBy(() -> utc.merge(saoPaulo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("merged transaction logs must read days in one zone, this log's is Z,"
                        + " the other's America/Sao_Paulo");
        assertThat(utc.summarize(end, ChronoUnit.DAYS)).as("unchanged").isEqualTo(before);
        assertThat(utc.transactions()).isEqualTo(1);
        TransactionLog<String> sameOffset = TransactionLog.<String>create(ZoneId.of("UTC"))
                .add("b", LocalDate.of(2024, 1, 3), 3);
        assertThat(utc.merge(sameOffset).transactions()).isEqualTo(2);
    }

    @Test
    void mergedTransactionsBeyondALongAreRefused() {
        TransactionLog<String> one =
                TransactionLog.<String>create(ZoneOffset.UTC).add("a", LocalDate.of(2024, 1, 1), 1);
        int count = 4 + 1 + 2 + 1; // magic, version, the zone "Z" as text
        byte[] bytes = one.toByteArray(key -> key);
        TransactionLog<String> atLimit = TransactionLog.fromByteArray(
                Bytes.withLong(bytes, count, Long.MAX_VALUE - 1), key -> key);
        assertThat(atLimit.merge(one).transactions()).isEqualTo(Long.MAX_VALUE);
        TransactionLog<String> beyond = TransactionLog.fromByteArray(
                Bytes.withLong(bytes, count, Long.MAX_VALUE), key -> key);
        assertThatThrownBy(() -> one.merge(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transactions must be at most " + Long.MAX_VALUE + " when merged, were"
                        + " 1 + " + Long.MAX_VALUE);
        assertThat(one.transactions()).isEqualTo(1);
    }

    @Test
    void rejectsBadInput() {
        TransactionLog<String> log = TransactionLog.create(ZoneOffset.UTC);
        assertThatThrownBy(() -> log.add("a", LocalDate.of(2024, 1, 1), -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount must be >= 0 and finite, was -2.0");
        assertThatThrownBy(() -> log.add("a", LocalDate.of(2024, 1, 1), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> log.summarize(LocalDate.of(2024, 1, 1), ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit must be DAYS or longer and not FOREVER, was Hours");
        assertThatThrownBy(() -> log.add(null, LocalDate.of(2024, 1, 1), 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customer");
        assertThatThrownBy(() -> TransactionLog.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
    }
}
