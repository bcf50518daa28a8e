package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionLogTest {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** The raw CDNOW log keyed by the sample's customer id (the summaries' ID). */
    private static TransactionLog<Integer> cdnowLog() {
        TransactionLog<Integer> log = TransactionLog.create(ZoneOffset.UTC);
        for (String line : CdnowData.lines("CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            log.add(Integer.valueOf(f[1]), LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[4]));
        }
        return log;
    }

    @Test
    void rebuildsTheCdnowSummaryFromTheRawLog() {
        Map<Integer, RfmSummary> built = cdnowLog().summarize(CALIBRATION_END, ChronoUnit.WEEKS);
        List<String[]> expected = CdnowData.csvRows("cdnow_customers_summary_with_transactions.csv");
        assertThat(built).hasSize(2357);
        assertThat(expected).hasSize(2357);
        for (String[] row : expected) {
            RfmSummary summary = built.get(Integer.valueOf(row[0]));
            assertThat(summary.frequency()).as("x of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
            // the published files round to two decimals
            assertThat(summary.recency()).as("t_x of %s", row[0]).isCloseTo(Double.parseDouble(row[2]), within(0.0051));
            assertThat(summary.age()).as("T of %s", row[0]).isCloseTo(Double.parseDouble(row[3]), within(0.0051));
            assertThat(summary.meanRepeatValue()).as("zbar of %s", row[0]).isCloseTo(Double.parseDouble(row[4]), within(0.0051));
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
        all.add("a", LocalDate.of(2024, 1, 1), 1).add("b", LocalDate.of(2024, 1, 3), 2)
                .add("a", LocalDate.of(2024, 1, 1), 4).add("a", LocalDate.of(2024, 1, 9), 6);
        LocalDate end = LocalDate.of(2024, 2, 1);
        assertThat(left.merge(right).summarize(end, ChronoUnit.DAYS)).isEqualTo(all.summarize(end, ChronoUnit.DAYS));
    }

    @Test
    void rejectsBadInput() {
        TransactionLog<String> log = TransactionLog.create(ZoneOffset.UTC);
        assertThatThrownBy(() -> log.add("a", LocalDate.of(2024, 1, 1), -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount must be >= 0 and finite, was -2.0");
        assertThatThrownBy(() -> log.add("a", LocalDate.of(2024, 1, 1), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> log.summarize(LocalDate.of(2024, 1, 1), ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit must be DAYS or longer and not FOREVER, was Hours");
        assertThatThrownBy(() -> log.add(null, LocalDate.of(2024, 1, 1), 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("customer");
        assertThatThrownBy(() -> TransactionLog.create(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    }
}
