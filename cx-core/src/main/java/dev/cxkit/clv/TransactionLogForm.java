package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The binary form of a {@link TransactionLog}, version 1, big-endian:
 *
 * <pre>
 *   int    magic         0x4358544C ("CXTL")
 *   byte   version       1
 *   text   zone          the log's time zone id (1..255 bytes)
 *   long   transactions  added, >= the purchase days below
 *   int    customers     >= 0
 *   per customer, in ascending order of key text ({@link String#compareTo}):
 *          text key      the customer's key as text (0..65535 bytes)
 *          int  days     purchase days, >= 1
 *          per day, ascending:
 *                long epoch day   days since 1970-01-01, in {@link LocalDate}'s range
 *                int  scale       of the day's amount, -1000..1000
 *                int  length      1..255
 *                byte[] unscaled  the amount's unscaled value, minimal two's complement, >= 0
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8. An amount is
 * written without trailing zeros (12.30 as 12.3), so equal logs have equal bytes. Decoding is
 * strict: besides a wrong magic, version or length, it rejects an unknown zone, repeated or
 * unordered key texts, two texts read as the same key, a customer with no purchase day, days out
 * of order or range, negative or malformed amounts and fewer transactions than purchase days,
 * each with an {@link IllegalArgumentException}.
 */
final class TransactionLogForm {

    static final int MAGIC = 0x4358544C;
    static final byte VERSION = 1;
    private static final String TYPE = "TransactionLog";
    private static final int MAX_ZONE_BYTES = 255;
    private static final int MAX_KEY_BYTES = 0xFFFF;
    private static final int MAX_SCALE = 1000;
    private static final int MAX_UNSCALED_BYTES = 255;
    private static final int MIN_DAY_BYTES = Long.BYTES + 2 * Integer.BYTES + 1;

    private TransactionLogForm() {}

    static <K> byte[] encode(
            ZoneId zone,
            long transactions,
            Map<K, TreeMap<LocalDate, BigDecimal>> days,
            Function<? super K, String> keyText) {
        Objects.requireNonNull(keyText, "keyText");
        TreeMap<String, TreeMap<LocalDate, BigDecimal>> byText = new TreeMap<>();
        Map<String, K> keyOfText = new LinkedHashMap<>();
        days.forEach((key, purchases) -> {
            String text = Objects.requireNonNull(keyText.apply(key), "keyText of " + key);
            K earlier = keyOfText.putIfAbsent(text, key);
            checkArgument(
                    earlier == null,
                    "keyText must give each customer its own text, gave '%s' to %s and %s",
                    text,
                    earlier,
                    key);
            byText.put(text, purchases);
        });
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION)
                .writeText("zone", zone.getId(), MAX_ZONE_BYTES)
                .writeLong(transactions)
                .writeInt(byText.size());
        byText.forEach((text, purchases) -> {
            out.writeText("customer key text", text, MAX_KEY_BYTES).writeInt(purchases.size());
            purchases.forEach((date, amount) -> {
                BigDecimal canonical = amount.stripTrailingZeros();
                checkArgument(
                        canonical.scale() >= -MAX_SCALE
                                && canonical.scale() <= MAX_SCALE
                                && canonical.unscaledValue().toByteArray().length
                                        <= MAX_UNSCALED_BYTES,
                        "amount of '%s' on %s must have a scale in -%s..%s and an unscaled value"
                                + " of at most %s bytes to be encoded, was %s",
                        text,
                        date,
                        MAX_SCALE,
                        MAX_SCALE,
                        MAX_UNSCALED_BYTES,
                        amount);
                out.writeLong(date.toEpochDay()).writeDecimal(canonical);
            });
        });
        return out.toByteArray();
    }

    static <K> TransactionLog<K> decode(byte[] bytes, Function<String, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        ZoneId zone = readZone(in);
        long transactions = in.readCount("transaction count");
        int customers = in.readInt("customer count", 0, Integer.MAX_VALUE);
        in.requireItems(customers, Short.BYTES + Integer.BYTES + MIN_DAY_BYTES, "customers");
        Map<K, TreeMap<LocalDate, BigDecimal>> days = new LinkedHashMap<>();
        long purchaseDays = 0;
        String previous = null;
        for (int i = 0; i < customers; i++) {
            String text = in.readTextAfter("customer key text", MAX_KEY_BYTES, previous);
            K customer = Objects.requireNonNull(key.apply(text), "key of '" + text + "'");
            TreeMap<LocalDate, BigDecimal> purchases = readDays(in, text);
            if (days.putIfAbsent(customer, purchases) != null) {
                throw new IllegalArgumentException(TYPE + " key text '" + text
                        + "' is read as the customer " + customer + " of an earlier text");
            }
            purchaseDays += purchases.size();
            previous = text;
        }
        in.requireEnd();
        if (transactions < purchaseDays) {
            throw new IllegalArgumentException(TYPE + " transaction count must be at least the "
                    + purchaseDays + " purchase days, was " + transactions);
        }
        return TransactionLog.decoded(zone, transactions, days);
    }

    private static ZoneId readZone(BinaryReader in) {
        String id = in.readText("zone", MAX_ZONE_BYTES);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException(
                    TYPE + " zone must be a time-zone id, was '" + id + "'", unknown);
        }
    }

    private static TreeMap<LocalDate, BigDecimal> readDays(BinaryReader in, String customer) {
        String of = " of '" + customer + "'";
        int count = in.readInt("purchase days" + of, 1, Integer.MAX_VALUE);
        in.requireItems(count, MIN_DAY_BYTES, "purchase days" + of);
        TreeMap<LocalDate, BigDecimal> purchases = new TreeMap<>();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long day = in.readLong("day" + of);
            if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                throw new IllegalArgumentException(TYPE + " day" + of + " must be in "
                        + LocalDate.MIN.toEpochDay() + ".." + LocalDate.MAX.toEpochDay()
                        + " days since 1970-01-01, was " + day);
            }
            if (day <= previous) {
                throw new IllegalArgumentException(TYPE + " days" + of + " must ascend without"
                        + " repeats, " + LocalDate.ofEpochDay(day) + " follows "
                        + LocalDate.ofEpochDay(previous));
            }
            LocalDate date = LocalDate.ofEpochDay(day);
            purchases.put(date, readAmount(in, of + " on " + date));
            previous = day;
        }
        return purchases;
    }

    private static BigDecimal readAmount(BinaryReader in, String where) {
        BigDecimal amount = in.readDecimal("amount" + where, MAX_UNSCALED_BYTES);
        if (amount.scale() < -MAX_SCALE || amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(TYPE + " amount" + where + " must have a scale in"
                    + " -" + MAX_SCALE + ".." + MAX_SCALE + ", was " + amount.scale());
        }
        if (amount.signum() < 0 || !amount.equals(amount.stripTrailingZeros())) {
            throw new IllegalArgumentException(TYPE + " amount" + where + " must be >= 0 and"
                    + " written without trailing zeros, was " + amount);
        }
        return amount;
    }
}
