package dev.cxkit.clv;

import dev.cxkit.score.StateFormContract;
import dev.cxkit.testing.Property.Trial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The accumulator laws for transaction logs, read through their per-customer summaries and
 * their bytes: amounts in cents, several on one day, so that exact decimal sums are what makes
 * merged logs equal. The binary form is of the log itself ({@link
 * TransactionLog#toByteArray(Function)}), customer keys written as themselves.
 */
class TransactionLogContractTest
        extends StateFormContract<
                TransactionLog<String>,
                Map<String, RfmSummary>,
                TransactionLogContractTest.Purchase> {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = START.plusDays(60);

    /** One transaction. */
    record Purchase(String customer, LocalDate date, BigDecimal amount) {}

    @Override
    protected TransactionLog<String> create() {
        return TransactionLog.create(ZoneId.of("America/Sao_Paulo"));
    }

    @Override
    protected List<Purchase> items(Trial trial, int size) {
        List<Purchase> purchases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            purchases.add(new Purchase(
                    "c" + trial.intIn(0, 25),
                    START.plusDays(trial.intIn(0, 70)),
                    BigDecimal.valueOf(trial.intIn(0, 10_000), 2)));
        }
        return purchases;
    }

    @Override
    protected void add(TransactionLog<String> log, Purchase purchase) {
        log.add(purchase.customer(), purchase.date(), purchase.amount());
    }

    /** No column method: the same transactions as {@code double} amounts. */
    @Override
    protected void addBatch(TransactionLog<String> log, List<Purchase> data, int from, int to) {
        for (Purchase purchase : data.subList(from, to)) {
            log.add(purchase.customer(), purchase.date(), purchase.amount().doubleValue());
        }
    }

    @Override
    protected void merge(TransactionLog<String> into, TransactionLog<String> other) {
        into.merge(other);
    }

    @Override
    protected Map<String, RfmSummary> result(TransactionLog<String> log) {
        return log.summarize(END, ChronoUnit.DAYS);
    }

    @Override
    protected byte[] toByteArray(TransactionLog<String> log) {
        return log.toByteArray(Function.identity());
    }

    @Override
    protected TransactionLog<String> fromByteArray(byte[] bytes) {
        return TransactionLog.fromByteArray(bytes, Function.identity());
    }
}
