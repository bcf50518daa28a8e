package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.BarChart;
import dev.cxkit.cli.report.chart.LineChart;
import dev.cxkit.cli.report.chart.Range;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.CalibrationHoldout;
import dev.cxkit.clv.ClvUncertainty;
import dev.cxkit.clv.CustomerLifetimeValue;
import dev.cxkit.clv.DiscountSchedule;
import dev.cxkit.clv.FitFailedException;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.HoldoutCheck;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.clv.RfmSummary;
import dev.cxkit.clv.TransactionLog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report's customer lifetime value section, from a transaction log: BG/NBD for the number of
 * purchases (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") and
 * Gamma-Gamma for spend (Fader, Hardie &amp; Lee 2005, "RFM and CLV"), in weeks, CLV over
 * {@link #MONTHS} months discounted at {@link #MONTHLY_DISCOUNT} a month. It shows the
 * distribution of CLV, P(alive) by repeat-purchase frequency, the customers of highest CLV with
 * their intervals and, given a holdout period, predicted against actual holdout purchases by
 * calibration frequency.
 */
final class ClvSection {

    static final int MONTHS = 12;
    static final double MONTHLY_DISCOUNT = 0.01;
    private static final int TOP = 10;
    private static final int FREQUENCY_CAP = 10;

    /** A log spanning fewer days gets no default holdout. */
    static final int MINIMUM_SPLIT_DAYS = 90;

    private ClvSection() {}

    /**
     * The calibration and holdout periods of a holdout check.
     *
     * @param calibrationEnd the last day the models are fitted on
     * @param holdoutEnd the last day of the holdout period, after {@code calibrationEnd}
     */
    record Split(LocalDate calibrationEnd, LocalDate holdoutEnd) {}

    /**
     * The split used when none is asked for: the models are fitted on the first two thirds of
     * the days the log spans and checked on the last third; empty for a log spanning fewer than
     * {@link #MINIMUM_SPLIT_DAYS} days.
     */
    static Optional<Split> defaultSplit(List<ClvCommand.Transaction> transactions) {
        Optional<LocalDate> first =
                transactions.stream().map(ClvCommand.Transaction::date).min(LocalDate::compareTo);
        Optional<LocalDate> last =
                transactions.stream().map(ClvCommand.Transaction::date).max(LocalDate::compareTo);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(first.get(), last.get());
        if (days < MINIMUM_SPLIT_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Split(first.get().plusDays(Math.round(days * 2 / 3.0)), last.get()));
    }

    /**
     * The section.
     *
     * @param calibrationEnd the last day of the calibration period; empty for the last day of
     *     the log
     * @param holdoutEnd the last day of the holdout period, if a holdout check is wanted
     * @throws UsageException when no customer bought by the calibration end or the models cannot
     *     be fitted to the log
     */
    static Section of(
            List<ClvCommand.Transaction> transactions,
            ZoneId zone,
            Optional<LocalDate> calibrationEnd,
            Optional<LocalDate> holdoutEnd,
            double level,
            long minimumN) {
        TransactionLog<String> log = TransactionLog.create(zone);
        transactions.forEach(t -> log.add(t.customer(), t.date(), t.amount()));
        LocalDate end = calibrationEnd.orElseGet(() -> transactions.stream()
                .map(ClvCommand.Transaction::date)
                .max(LocalDate::compareTo)
                .orElseThrow());
        Map<String, CalibrationHoldout> split =
                holdoutEnd.map(last -> log.split(end, last, ChronoUnit.WEEKS)).orElse(Map.of());
        Map<String, RfmSummary> customers = new LinkedHashMap<>();
        if (holdoutEnd.isPresent()) {
            split.forEach((id, pair) -> customers.put(id, pair.calibration()));
        } else {
            customers.putAll(log.summarize(end, ChronoUnit.WEEKS));
        }
        if (customers.isEmpty()) {
            throw new UsageException(
                    "no customer of the transaction log bought on or before " + end);
        }
        ModelFit<BgNbdModel> purchases;
        ModelFit<GammaGammaModel> spend;
        try {
            purchases = BgNbdModel.fit(RfmPatterns.of(customers.values()));
            spend = GammaGammaModel.fit(customers.values());
        } catch (IllegalArgumentException | FitFailedException cannotFit) {
            throw new UsageException(
                    "cannot fit the lifetime-value models to the transactions: "
                            + cannotFit.getMessage(),
                    cannotFit);
        }
        DiscountSchedule schedule =
                DiscountSchedule.monthly(MONTHS, MONTHLY_DISCOUNT, ChronoUnit.WEEKS);
        Map<String, Double> values = new LinkedHashMap<>();
        customers.forEach((id, customer) -> values.put(
                id,
                CustomerLifetimeValue.of(purchases.model(), spend.model(), customer, schedule)));
        Section section = Section.of("clv", "Customer lifetime value")
                .note(String.format(
                        Locale.ROOT,
                        "%,d customers from %,d transactions to %s (times in weeks). BG/NBD "
                                + "log-likelihood %.1f; Gamma-Gamma on the %,d customers with a "
                                + "repeat purchase of positive amount. CLV is the expected "
                                + "discounted spend over %d months at %s %% a month.",
                        customers.size(),
                        log.transactions(),
                        end,
                        purchases.logLikelihood(),
                        customers.values().stream()
                                .filter(c -> c.valuedPurchases() > 0)
                                .count(),
                        MONTHS,
                        Numbers.fixed(100 * MONTHLY_DISCOUNT, 1)));
        distribution(section, values);
        alive(section, customers, purchases.model(), minimumN);
        section.table(
                "Customers of highest CLV",
                top(customers, values, purchases, spend, schedule, level));
        holdoutEnd.ifPresent(last -> holdout(
                section,
                HoldoutCheck.of(
                        purchases.model(),
                        split.values(),
                        CalibrationHoldout.horizon(end, last, ChronoUnit.WEEKS)),
                end,
                last,
                minimumN));
        return section;
    }

    /** A histogram of CLV, in bins of a nice width up to the 95th percentile, then the rest. */
    private static void distribution(Section section, Map<String, Double> values) {
        double[] sorted = values.values().stream()
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double cap = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        double width = Math.max(
                1,
                dev.cxkit.cli.report.chart.LinearScale.nice(0, Math.max(cap, 1), 8, 0, 1)
                        .ticks(8)
                        .get(1));
        int bins = (int) Math.ceil(cap / width) + 1;
        long[] counts = new long[bins];
        for (double value : sorted) {
            counts[(int) Math.min(bins - 1, Math.floor(value / width))]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        TextTable numbers = new TextTable(List.of("CLV", "customers", "share"));
        for (int bin = 0; bin < bins; bin++) {
            String label = bin == bins - 1
                    ? Numbers.fixed(bin * width, 0) + " or more"
                    : Numbers.fixed(bin * width, 0) + " to " + Numbers.fixed((bin + 1) * width, 0);
            bars.add(new BarChart.Bar(
                    label, counts[bin], Optional.empty(), "n = " + counts[bin], false));
            numbers.row(List.of(
                    label,
                    Long.toString(counts[bin]),
                    Numbers.percent(counts[bin] / (double) sorted.length)));
        }
        String svg = new BarChart(
                        "clv-distribution",
                        "Customers by CLV",
                        "customers",
                        v -> Numbers.fixed(v, 0),
                        false)
                .render(bars);
        section.figure(
                "clv-distribution",
                svg,
                String.format(
                        Locale.ROOT,
                        "How many customers have each CLV: median %s, mean %s; the last bin holds the top "
                                + "5 %%.",
                        Numbers.fixed(sorted[sorted.length / 2], 2),
                        Numbers.fixed(Arrays.stream(sorted).average().orElse(0), 2)),
                numbers);
    }

    /** Mean P(alive) by repeat-purchase frequency, with the 10th to 90th percentile as band. */
    private static void alive(
            Section section, Map<String, RfmSummary> customers, BgNbdModel model, long minimumN) {
        Map<Integer, List<Double>> byFrequency = new java.util.TreeMap<>();
        customers
                .values()
                .forEach(c -> byFrequency
                        .computeIfAbsent(
                                Math.min(FREQUENCY_CAP, c.frequency()), k -> new ArrayList<>())
                        .add(model.probabilityAlive(c)));
        List<String> labels = new ArrayList<>();
        List<LineChart.Point> points = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "repeat purchases",
                "customers",
                "mean P(alive)",
                "10th percentile",
                "90th percentile"));
        for (Map.Entry<Integer, List<Double>> group : byFrequency.entrySet()) {
            double[] p = group.getValue().stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            String label = group.getKey() == FREQUENCY_CAP
                    ? FREQUENCY_CAP + "+"
                    : group.getKey().toString();
            double mean = Arrays.stream(p).average().orElseThrow();
            double low = p[(int) Math.floor(0.1 * (p.length - 1))];
            double high = p[(int) Math.ceil(0.9 * (p.length - 1))];
            boolean small = p.length < minimumN;
            points.add(new LineChart.Point(
                    labels.size(),
                    mean,
                    Optional.of(new Range(Math.min(low, mean), Math.max(high, mean))),
                    small,
                    small ? "n = " + p.length : ""));
            labels.add(label);
            numbers.row(List.of(
                    label,
                    Integer.toString(p.length),
                    Numbers.percent(mean),
                    Numbers.percent(low),
                    Numbers.percent(high)));
        }
        String svg = new LineChart(
                        "clv-alive",
                        "P(alive) by number of repeat purchases",
                        AxisSpec.categories(
                                "repeat purchases in the calibration period", labels, 11),
                        AxisSpec.fixed("P(alive)", new Range(0, 1), DriverSection::percentTick))
                .render(List.of(
                        new LineChart.Series("mean P(alive)", points, false, true, List.of())));
        section.figure(
                "clv-alive",
                svg,
                "The line is the mean probability that a customer is still "
                        + "buying (BG/NBD), the band the 10th to 90th percentile among the customers with "
                        + "that many repeat purchases; how recent the last purchase is makes the spread.",
                numbers);
    }

    private static TextTable top(
            Map<String, RfmSummary> customers,
            Map<String, Double> values,
            ModelFit<BgNbdModel> purchases,
            ModelFit<GammaGammaModel> spend,
            DiscountSchedule schedule,
            double level) {
        TextTable table = new TextTable(List.of(
                "customer",
                "repeat purchases",
                "recency (weeks)",
                "age (weeks)",
                "P(alive)",
                "expected purchases " + MONTHS + "m",
                "CLV",
                Numbers.percent(level) + " interval"));
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .forEach(entry -> {
                    RfmSummary customer = customers.get(entry.getKey());
                    ClvUncertainty.Prediction prediction = ClvUncertainty.customerLifetimeValue(
                            purchases, spend, customer, schedule, level);
                    table.row(List.of(
                            entry.getKey(),
                            Integer.toString(customer.frequency()),
                            Numbers.fixed(customer.recency(), 1),
                            Numbers.fixed(customer.age(), 1),
                            Numbers.percent(purchases.model().probabilityAlive(customer)),
                            Numbers.fixed(
                                    purchases
                                            .model()
                                            .conditionalExpectedTransactions(
                                                    schedule.horizon(), customer),
                                    2),
                            Numbers.fixed(entry.getValue(), 2),
                            Numbers.interval(prediction.interval(), 2)));
                });
        return table;
    }

    private static void holdout(
            Section section, HoldoutCheck check, LocalDate end, LocalDate last, long minimumN) {
        List<String> labels = new ArrayList<>();
        List<LineChart.Point> expected = new ArrayList<>();
        List<LineChart.Point> actual = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "calibration frequency",
                "customers",
                "expected per customer",
                "actual per customer",
                "expected",
                "actual"));
        for (HoldoutCheck.Row row : check.rows()) {
            int x = labels.size();
            labels.add(row.label());
            boolean small = row.customers() < minimumN;
            expected.add(LineChart.Point.of(x, row.meanExpected()));
            actual.add(new LineChart.Point(
                    x,
                    row.meanActual(),
                    Optional.empty(),
                    small,
                    small ? "n = " + row.customers() : ""));
            numbers.row(List.of(
                    row.label(),
                    Long.toString(row.customers()),
                    Numbers.fixed(row.meanExpected(), 3),
                    Numbers.fixed(row.meanActual(), 3),
                    Numbers.fixed(row.expected(), 1),
                    Long.toString(row.actual())));
        }
        String svg = new LineChart(
                        "clv-holdout",
                        "Holdout purchases per customer, predicted and "
                                + "actual, by calibration frequency",
                        AxisSpec.categories(
                                "repeat purchases in the calibration period", labels, 8),
                        AxisSpec.fitted(
                                "purchases per customer in the holdout", v -> Numbers.fixed(v, 1)))
                .render(List.of(
                        new LineChart.Series(
                                "predicted (BG/NBD)", expected, false, true, List.of()),
                        new LineChart.Series("actual", actual, false, true, List.of())));
        section.figure(
                "clv-holdout",
                svg,
                String.format(
                        Locale.ROOT,
                        "Holdout %s to %s (%s weeks): %s repeat purchases predicted, %,d made; mean "
                                + "absolute error %s purchases per customer over the frequency groups.",
                        end.plusDays(1),
                        last,
                        Numbers.fixed(check.horizon(), 1),
                        Numbers.fixed(check.totalExpected(), 1),
                        check.totalActual(),
                        Numbers.fixed(check.meanAbsoluteError(), 3)),
                numbers);
    }
}
