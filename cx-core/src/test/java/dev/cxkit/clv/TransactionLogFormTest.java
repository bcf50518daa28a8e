package dev.cxkit.clv;

import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** The binary form of a transaction log: exact amounts, its zone, and what it refuses. */
class TransactionLogFormTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    /** Header (5), zone text (2 + 10), transactions (8), customers (4): customer 0's key. */
    private static final int FIRST_KEY = 5 + 2 + 10 + 8 + 4;

    /** Customer 7: 0.1 and 0.2 on one day, 5.00 three days later; customer 12: 0 once. */
    private static TransactionLog<Integer> log() {
        return TransactionLog.<Integer>create(TOKYO)
                .add(7, DAY, 0.1)
                .add(12, DAY.plusDays(1), BigDecimal.ZERO)
                .add(7, DAY, new BigDecimal("0.2"))
                .add(7, DAY.plusDays(3), new BigDecimal("5.00"));
    }

    private static byte[] bytes(TransactionLog<Integer> log) {
        return log.toByteArray(String::valueOf);
    }

    private static TransactionLog<Integer> decode(byte[] bytes) {
        return TransactionLog.fromByteArray(bytes, Integer::valueOf);
    }

    @Test
    void amountsZoneAndCountsSurviveExactly() {
        TransactionLog<Integer> decoded = decode(bytes(log()));
        assertThat(decoded.transactions()).isEqualTo(4);
        assertThat(decoded.purchaseDays()).isEqualTo(3);
        LocalDate end = DAY.plusDays(10);
        assertThat(decoded.summarize(end, ChronoUnit.DAYS))
                .isEqualTo(log().summarize(end, ChronoUnit.DAYS))
                .containsEntry(7, new RfmSummary(1, 3, 10, 5, 1));
        decoded.add(7, Instant.parse("2026-03-05T16:00:00Z"), 0.3);
        assertThat(decoded.summarize(end, ChronoUnit.DAYS).get(7).frequency()).isEqualTo(2);
        // the instant fell on 2026-03-06 in Tokyo, the decoded log's zone (in UTC 03-05)
        assertThat(decoded.split(DAY.plusDays(4), end, ChronoUnit.DAYS).get(7).holdoutPurchases())
                .isEqualTo(1);
        assertThat(bytes(log()))
                .as("keys in text order, amounts without trailing zeros")
                .isEqualTo(bytes(TransactionLog.<Integer>create(TOKYO)
                        .add(7, DAY, new BigDecimal("0.30"))
                        .add(7, DAY.plusDays(3), 5)
                        .add(12, DAY.plusDays(1), 0)
                        .add(7, DAY, new BigDecimal("0.000"))));
    }

    @Test
    void keyTextsMustNameOneCustomerEach() {
        TransactionLog<String> log =
                TransactionLog.<String>create(TOKYO).add("Ana", DAY, 1).add("ANA", DAY, 2);
        assertThatThrownBy(() -> log.toByteArray(key -> key.toLowerCase(Locale.ROOT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keyText must give each customer its own text, gave 'ana' to Ana and"
                        + " ANA");
        byte[] bytes = log.toByteArray(Function.identity());
        assertThatThrownBy(() ->
                        TransactionLog.fromByteArray(bytes, text -> text.toLowerCase(Locale.ROOT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TransactionLog key text 'Ana' is read as the customer ana of an"
                        + " earlier text");
    }

    @Test
    void malformedLogsAreRefusedByName() {
        byte[] good = bytes(log());
        // customer "12" first (text order): key (2 + 2), days (4), epoch day (8), amount 0
        int days = FIRST_KEY + 4;
        int day = days + 4;
        int scale = day + 8;
        int unscaled = scale + 4 + 4;
        assertRefused(withInt(good, days, 0), "purchase days of '12' must be in 1..");
        assertRefused(
                withLong(good, day, LocalDate.MAX.toEpochDay() + 1), "day of '12' must be in");
        assertRefused(
                withInt(good, scale, 1),
                "amount of '12' on 2026-03-02 must be >= 0 and"
                        + " written without trailing zeros, was 0.0");
        assertRefused(withInt(good, scale, 1001), "must have a scale in -1000..1000, was 1001");
        assertRefused(withInt(good, scale, Integer.MIN_VALUE), "must have a scale in");
        byte[] negative = good.clone();
        negative[unscaled] = (byte) 0xFF;
        assertRefused(negative, "must be >= 0 and written without trailing zeros, was -1");
        assertRefused(
                withInt(good, scale + 4, 256),
                "amount of '12' on 2026-03-02 length must" + " be in 1..255, was 256");
        assertRefused(
                withLong(good, 5 + 2 + 10, 2),
                "transaction count must be at least the 3" + " purchase days, was 2");
        byte[] zone = good.clone();
        zone[5 + 2] = 'X';
        assertRefused(zone, "zone must be a time-zone id, was 'Xsia/Tokyo'");
        byte[] order = good.clone();
        order[FIRST_KEY + 2] = '8';
        assertRefused(
                order,
                "key texts must be in ascending order without repeats, '7' follows" + " '82'");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "TransactionLog ");
        }
        assertRefused(Arrays.copyOf(good, good.length + 1), "long, were");
    }

    @Test
    void unscaledValuesMustBeMinimal() {
        TransactionLog<Integer> one = TransactionLog.<Integer>create(TOKYO).add(1, DAY, 1);
        byte[] good = bytes(one);
        int length = FIRST_KEY + 3 + 4 + 8 + 4;
        byte[] padded = ByteBuffer.allocate(good.length + 1)
                .put(good, 0, length)
                .putInt(2)
                .put((byte) 0)
                .put(good, length + 4, good.length - length - 4)
                .array();
        assertRefused(padded, "minimal two's-complement form");
        assertThat(decode(good).purchaseDays()).isEqualTo(1);
    }

    @Test
    void amountsBeyondTheFormAreRefusedWhenEncoded() {
        TransactionLog<Integer> tiny =
                TransactionLog.<Integer>create(TOKYO).add(1, DAY, new BigDecimal("1E-1001"));
        assertThatThrownBy(() -> bytes(tiny))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount of '1' on 2026-03-01 must have a scale in -1000..1000 and an"
                        + " unscaled value of at most 255 bytes to be encoded, was 1E-1001");
        TransactionLog<Integer> smallest =
                TransactionLog.<Integer>create(TOKYO).add(1, DAY, new BigDecimal("1E-1000"));
        assertThat(decode(bytes(smallest)).purchaseDays()).isEqualTo(1);
        String key = "k".repeat(0x10000);
        TransactionLog<String> longKey = TransactionLog.<String>create(TOKYO).add(key, DAY, 1);
        assertThatThrownBy(() -> longKey.toByteArray(Function.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer key text must be at most 65535 UTF-8 bytes to be encoded,"
                        + " was 65536");
        assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSize(0x10000);
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> decode(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
