package dev.cxkit.clv;

import dev.cxkit.score.MergeContract;
import dev.cxkit.testing.Property.Trial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

/**
 * The merge laws for transaction logs, read through their per-customer summaries: amounts in
 * cents, several on one day, so that exact decimal sums are what makes merged logs equal. The
 * summaries compress to {@link RfmPatterns}, whose binary form {@link RfmPatternsContractTest}
 * checks; the log itself has no binary form (its customer keys are any type).
 */
class TransactionLogContractTest
        extends MergeContract<
                TransactionLog<String>,
                Map<String, RfmSummary>,
                List<TransactionLogContractTest.Purchase>> {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = START.plusDays(60);

    /** One transaction. */
    record Purchase(String customer, LocalDate date, BigDecimal amount) {}

    @Override
    protected TransactionLog<String> create() {
        return TransactionLog.create(ZoneOffset.UTC);
    }

    @Override
    protected List<Purchase> data(Trial trial, int size) {
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
    protected void addEach(TransactionLog<String> log, List<Purchase> data, int from, int to) {
        for (Purchase purchase : data.subList(from, to)) {
            log.add(purchase.customer(), purchase.date(), purchase.amount());
        }
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
    protected Map<String, RfmSummary> snapshot(TransactionLog<String> log) {
        return log.summarize(END, ChronoUnit.DAYS);
    }

    @Override
    protected Map<String, RfmSummary> collect(List<Purchase> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        this::create,
                        (TransactionLog<String> log, Purchase purchase) ->
                                log.add(purchase.customer(), purchase.date(), purchase.amount()),
                        TransactionLog::merge,
                        this::snapshot,
                        Collector.Characteristics.UNORDERED));
    }
}
