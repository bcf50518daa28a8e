package dev.cxkit.cli.command;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.CalibrationHoldout;
import dev.cxkit.clv.ClvUncertainty;
import dev.cxkit.clv.CustomerLifetimeValue;
import dev.cxkit.clv.DiscountSchedule;
import dev.cxkit.clv.FitFailedException;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.HoldoutCheck;
import dev.cxkit.clv.MbgNbdModel;
import dev.cxkit.clv.ModelComparison;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.ParetoNbdModel;
import dev.cxkit.clv.RepeatBuyingModel;
import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.clv.RfmSummary;
import dev.cxkit.clv.TransactionLog;
import dev.cxkit.json.read.CsvColumns;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.json.read.TimeFormat;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code cx clv}: a repeat-buying model (BG/NBD, MBG/NBD or Pareto/NBD) and the Gamma-Gamma
 * spend model fitted to a transaction log, the customers with the highest expected lifetime
 * value, and optionally the calibration/holdout check.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "clv",
        mixinStandardHelpOptions = true,
        description = {
            "Customer lifetime value from a transaction log: a purchase model (BG/NBD, "
                    + "MBG/NBD or Pareto/NBD) and the Gamma-Gamma spend model fitted by maximum likelihood "
                    + "(times in weeks), parameters with standard errors, AIC and BIC, P(alive), expected "
                    + "purchases and discounted CLV per customer with a 95 %% delta-method interval.",
            "Transactions of one customer on one day are one purchase occasion (their amounts "
                    + "add). Purchases of amount 0 count as repeat purchases for the purchase model and "
                    + "are left out of the spend model.",
            "Reads header-less whitespace or tab separated text (the CDNOW master layout: "
                    + "id yyyymmdd qty amount) and CSV or TSV with a header."
        })
public final class ClvCommand implements Callable<Integer> {

    private static final List<String> ROLES = List.of("id", "date", "amount");
    private static final Set<String> KNOWN_ROLES = Set.of("id", "date", "amount", "qty");

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private InputOptions input;

    @Parameters(
            paramLabel = "TRANSACTIONS",
            arity = "1..*",
            description = "Transaction files: one line or row per transaction.")
    private List<Path> files;

    @Option(
            names = "--columns",
            paramLabel = "SPEC",
            description = {
                "Which columns hold the customer id, the date and the amount. "
                        + "Header-less files: the columns' names in order, e.g. id,date,qty,amount "
                        + "(the default for WHITESPACE text; other names are read and ignored). Files "
                        + "with a header: ROLE=COLUMN pairs naming a header or a 1-based position, "
                        + "e.g. id=CustomerID,date=InvoiceDate,amount=Total or id=1,date=2,amount=4 "
                        + "(default id=customerId,date=time,amount=amount)."
            })
    private String columns;

    @Option(
            names = "--date-format",
            paramLabel = "FORMAT",
            description =
                    "Dates as a pattern (yyyyMMdd, dd/MM/yyyy, ...), iso, epoch-s or epoch-ms; "
                            + "default yyyyMMdd for WHITESPACE text, iso otherwise.")
    private String dateFormat;

    @Option(
            names = "--model",
            defaultValue = "bgnbd",
            paramLabel = "MODEL",
            description =
                    "Purchase model: bgnbd, mbgnbd or pnbd (Pareto/NBD); default ${DEFAULT-VALUE}.")
    private String model;

    @Option(
            names = "--calibration-end",
            required = true,
            paramLabel = "DATE",
            description = "Last day of the calibration period (yyyy-mm-dd); later transactions "
                    + "are left out of the fit.")
    private LocalDate calibrationEnd;

    @Option(
            names = "--holdout-end",
            paramLabel = "DATE",
            description =
                    "Last day of a holdout period after the calibration end (yyyy-mm-dd): prints "
                            + "expected against actual repeat purchases in it by calibration frequency 0..7+, "
                            + "the totals and the mean absolute error.")
    private LocalDate holdoutEnd;

    @Option(
            names = "--months",
            defaultValue = "12",
            paramLabel = "N",
            description = "CLV horizon in months, >= 1 (default ${DEFAULT-VALUE}).")
    private int months;

    @Option(
            names = "--monthly-discount",
            defaultValue = "0.01",
            paramLabel = "RATE",
            description = "Discount rate per month as a fraction, >= 0 (default ${DEFAULT-VALUE}).")
    private double monthlyDiscount;

    @Option(
            names = "--top",
            defaultValue = "20",
            paramLabel = "N",
            description = "Customers listed, highest CLV first, >= 1 (default ${DEFAULT-VALUE}).")
    private int top;

    /** One transaction as read. */
    record Transaction(String customer, LocalDate date, double amount) {}

    @Override
    public Integer call() {
        checkOptions();
        Function<RfmPatterns, ModelFit<? extends RepeatBuyingModel>> fitter = fitter(model);
        TransactionLog<String> log = TransactionLog.create(input.zone());
        RecordInput reading = new RecordInput(input, spec.commandLine().getErr())
                .read(
                        reader(),
                        files,
                        transaction -> log.add(
                                transaction.customer(), transaction.date(), transaction.amount()));
        int exit = reading.finish();
        Map<String, RfmSummary> customers = new LinkedHashMap<>();
        Map<String, CalibrationHoldout> split = holdoutEnd == null
                ? Map.of()
                : log.split(calibrationEnd, holdoutEnd, ChronoUnit.WEEKS);
        if (holdoutEnd == null) {
            customers.putAll(log.summarize(calibrationEnd, ChronoUnit.WEEKS));
        } else {
            split.forEach((id, pair) -> customers.put(id, pair.calibration()));
        }
        if (customers.isEmpty()) {
            throw new UsageException(
                    "no customer made a first purchase on or before --calibration-end "
                            + calibrationEnd + " (" + log.transactions() + " transactions read)");
        }
        RfmPatterns patterns = RfmPatterns.of(customers.values());
        ModelFit<? extends RepeatBuyingModel> purchases;
        ModelFit<GammaGammaModel> spend;
        try {
            purchases = fitter.apply(patterns);
            spend = GammaGammaModel.fit(customers.values());
        } catch (IllegalArgumentException | FitFailedException cannotFit) {
            throw new UsageException(
                    "cannot fit the models to "
                            + String.join(
                                    ", ", files.stream().map(Path::toString).toList()) + ": "
                            + cannotFit.getMessage(),
                    cannotFit);
        }
        DiscountSchedule schedule =
                DiscountSchedule.monthly(months, monthlyDiscount, ChronoUnit.WEEKS);
        List<Table> tables = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        long zeroValued = customers.values().stream()
                .mapToLong(customer -> customer.frequency() - customer.valuedPurchases())
                .sum();
        String readSummary = String.format(
                Locale.ROOT,
                "%,d customers to %s (times in weeks) from %,d transactions; %,d same-day transactions of one "
                        + "customer were collapsed into one purchase occasion; %,d repeat purchases of amount 0 count "
                        + "as purchases, not as spend",
                customers.size(),
                calibrationEnd,
                log.transactions(),
                log.transactions() - log.purchaseDays(),
                zeroValued);
        json.put("customers", customers.size());
        json.put("transactions", log.transactions());
        json.put("sameDayTransactionsCollapsed", log.transactions() - log.purchaseDays());
        json.put("zeroAmountRepeatPurchases", zeroValued);
        ModelComparison comparison = holdoutEnd == null
                ? ModelComparison.of(patterns.customers(), List.of(purchases))
                : ModelComparison.of(
                        patterns.customers(),
                        List.of(purchases),
                        split.values(),
                        CalibrationHoldout.horizon(calibrationEnd, holdoutEnd, ChronoUnit.WEEKS));
        ModelComparison.Row fitted = comparison.rows().get(0);
        String modelLine = String.format(
                Locale.ROOT,
                "%s: log-likelihood %s, AIC %s, BIC %s; Gamma-Gamma on %,d customers with a repeat purchase "
                        + "of positive amount",
                purchases.model().modelName(),
                Numbers.fixed(fitted.logLikelihood(), 1),
                Numbers.fixed(fitted.aic(), 1),
                Numbers.fixed(fitted.bic(), 1),
                customers.values().stream()
                        .filter(customer -> customer.valuedPurchases() > 0)
                        .count());
        tables.add(parameterTable(readSummary, purchases, spend).note(modelLine));
        json.put("purchases", fitJson(purchases, fitted));
        json.put("spend", fitJson(spend, null));
        tables.add(topCustomers(customers, purchases, spend, schedule));
        fitted.holdout().ifPresent(check -> tables.add(holdoutTable(check, json)));
        output.print(spec.commandLine().getOut(), tables, json);
        return exit == Cx.OK ? Cx.OK : exit;
    }

    private void checkOptions() {
        if (months < 1) {
            throw new UsageException("--months must be >= 1, was " + months);
        }
        if (top < 1) {
            throw new UsageException("--top must be >= 1, was " + top);
        }
        if (!(monthlyDiscount >= 0) || Double.isInfinite(monthlyDiscount)) {
            throw new UsageException(
                    "--monthly-discount must be a finite fraction >= 0, was " + monthlyDiscount);
        }
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new UsageException("--holdout-end must be after --calibration-end "
                    + calibrationEnd + ", was " + holdoutEnd);
        }
    }

    private static Function<RfmPatterns, ModelFit<? extends RepeatBuyingModel>> fitter(
            String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "bgnbd" -> BgNbdModel::fit;
            case "mbgnbd" -> MbgNbdModel::fit;
            case "pnbd" -> ParetoNbdModel::fit;
            default ->
                throw new UsageException(
                        "--model must be bgnbd, mbgnbd or pnbd, was '" + name + "'");
        };
    }

    /** The reader of transactions with the columns and date format the options ask for. */
    private CxReader<Transaction> reader() {
        RecordFormat format = input.format()
                .orElseGet(() -> files.stream()
                        .map(file -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                        .flatMap(java.util.Optional::stream)
                        .findFirst()
                        .orElse(RecordFormat.WHITESPACE));
        return transactions(format, columns, dateFormat, input.zone());
    }

    /**
     * Transactions in {@code format}: columns by {@code --columns} ({@code columns}, null for
     * the default: {@code id,date,qty,amount} without a header for WHITESPACE text, else the
     * fields {@code customerId}, {@code time} and {@code amount}), dates by
     * {@code --date-format} ({@code dateFormat}, null for the default: yyyyMMdd for WHITESPACE
     * text, else ISO-8601) in {@code zone}.
     *
     * @throws UsageException for a bad column spec or date format
     */
    static CxReader<Transaction> transactions(
            RecordFormat format, String columns, String dateFormat, ZoneId zone) {
        String spec = columns != null
                ? columns
                : format == RecordFormat.WHITESPACE
                        ? "id,date,qty,amount"
                        : "id=customerId,date=time,amount=amount";
        String dates = dateFormat != null
                ? dateFormat
                : format == RecordFormat.WHITESPACE ? "yyyyMMdd" : "iso";
        TimeFormat times;
        try {
            times = TimeFormat.of(dates, zone);
        } catch (IllegalArgumentException badPattern) {
            throw new UsageException("--date-format: " + badPattern.getMessage(), badPattern);
        }
        return CxReader.rows(
                        ROLES,
                        row -> new Transaction(
                                row.id("id"), row.date("date"), row.nonNegative("amount")))
                .withFormat(format)
                .withCsvColumns(columnsOf(spec))
                .withTimeFormat(times);
    }

    static CsvColumns columnsOf(String spec) {
        List<String> parts = List.of(spec.split(",", -1));
        if (parts.stream().noneMatch(part -> part.contains("="))) {
            List<String> names = parts.stream().map(String::trim).toList();
            if (!names.containsAll(ROLES)) {
                throw new UsageException(
                        "--columns must name the id, date and amount columns, was '" + spec + "'");
            }
            try {
                return CsvColumns.headerless(names);
            } catch (IllegalArgumentException bad) {
                throw new UsageException("--columns: " + bad.getMessage(), bad);
            }
        }
        CsvColumns mapped = CsvColumns.defaults();
        Map<String, String> pairs =
                new LinkedHashMap<>(Map.of("id", "customerId", "date", "time", "amount", "amount"));
        for (String part : parts) {
            int at = part.indexOf('=');
            String role = at < 0 ? part.trim() : part.substring(0, at).trim();
            if (at < 0 || !KNOWN_ROLES.contains(role) || part.substring(at + 1).isBlank()) {
                throw new UsageException(
                        "--columns must be ROLE=COLUMN pairs with ROLE id, date, amount or qty, "
                                + "was '" + spec + "'");
            }
            pairs.put(role, part.substring(at + 1).trim());
        }
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (!ROLES.contains(pair.getKey())) {
                continue;
            }
            String column = pair.getValue();
            mapped = column.matches("[1-9][0-9]{0,5}")
                    ? mapped.mapPosition(pair.getKey(), Integer.parseInt(column))
                    : mapped.map(pair.getKey(), column);
        }
        return mapped;
    }

    private static Table parameterTable(
            String title,
            ModelFit<? extends RepeatBuyingModel> purchases,
            ModelFit<GammaGammaModel> spend) {
        Table table = Table.of("parameters", title)
                .text("model", "model")
                .text("parameter", "parameter")
                .number("estimate", "estimate", 4)
                .number("standardError", "standard error", 4);
        addParameters(table, purchases.model().modelName(), purchases.estimate());
        addParameters(table, "Gamma-Gamma", spend.estimate());
        return table;
    }

    private static void addParameters(
            Table table, String model, MaximumLikelihoodEstimate estimate) {
        for (String name : estimate.parameterNames()) {
            table.row(
                    model,
                    name,
                    estimate.estimate(name),
                    estimate.standardError(name).isPresent()
                            ? estimate.standardError(name).getAsDouble()
                            : null);
        }
    }

    private static Map<String, Object> fitJson(ModelFit<?> fit, ModelComparison.Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        MaximumLikelihoodEstimate estimate = fit.estimate();
        json.put(
                "model",
                fit.model() instanceof RepeatBuyingModel purchases
                        ? purchases.modelName()
                        : "Gamma-Gamma");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String name : estimate.parameterNames()) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("estimate", estimate.estimate(name));
            estimate.standardError(name).ifPresent(error -> parameter.put("standardError", error));
            parameters.put(name, parameter);
        }
        json.put("parameters", parameters);
        json.put("logLikelihood", estimate.logLikelihood());
        if (row != null) {
            json.put("aic", row.aic());
            json.put("bic", row.bic());
        }
        json.put("converged", estimate.converged());
        return json;
    }

    private Table topCustomers(
            Map<String, RfmSummary> customers,
            ModelFit<? extends RepeatBuyingModel> purchases,
            ModelFit<GammaGammaModel> spend,
            DiscountSchedule schedule) {
        List<Map.Entry<String, Double>> values = new ArrayList<>();
        customers.forEach((id, customer) -> values.add(Map.entry(
                id,
                CustomerLifetimeValue.of(purchases.model(), spend.model(), customer, schedule))));
        values.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        int shown = Math.min(top, values.size());
        String title = String.format(
                Locale.ROOT,
                "CLV over %d months at %s %% a month; top %d of %,d customers",
                months,
                Numbers.fixed(100 * monthlyDiscount, 2),
                shown,
                customers.size());
        Table table = Table.of("top", title)
                .text("customer", "customer")
                .count("repeatPurchases", "repeat purchases")
                .number("recencyWeeks", "recency (weeks)", 1)
                .number("ageWeeks", "age (weeks)", 1)
                .percent("probabilityAlive", "P(alive)")
                .number("expectedPurchases", "expected purchases " + months + "m", 2)
                .number("clv", "CLV", 2)
                .number("clvStandardError", "CLV standard error", 2)
                .interval("clv", "CLV 95 % interval", value -> Numbers.fixed(value, 2));
        for (Map.Entry<String, Double> entry : values.subList(0, shown)) {
            RfmSummary customer = customers.get(entry.getKey());
            ClvUncertainty.Prediction value = ClvUncertainty.customerLifetimeValue(
                    purchases, spend, customer, schedule, 0.95);
            table.row(
                    entry.getKey(),
                    customer.frequency(),
                    customer.recency(),
                    customer.age(),
                    purchases.model().probabilityAlive(customer),
                    purchases.model().conditionalExpectedTransactions(schedule.horizon(), customer),
                    entry.getValue(),
                    value.standardError(),
                    value.interval());
        }
        return table;
    }

    private Table holdoutTable(HoldoutCheck check, Map<String, Object> json) {
        String title = String.format(
                Locale.ROOT,
                "Holdout %s to %s (%s weeks): %s repeat purchases expected, %,d made; mean absolute error "
                        + "%s purchases per customer over the frequency groups",
                calibrationEnd.plusDays(1),
                holdoutEnd,
                Numbers.fixed(check.horizon(), 1),
                Numbers.fixed(check.totalExpected(), 1),
                check.totalActual(),
                Numbers.fixed(check.meanAbsoluteError(), 3));
        Table table = Table.of("holdout", title)
                .text("frequency", "calibration frequency")
                .count("customers", "customers")
                .number("expected", "expected", 1)
                .count("actual", "actual")
                .number("expectedPerCustomer", "expected per customer", 3)
                .number("actualPerCustomer", "actual per customer", 3);
        for (HoldoutCheck.Row row : check.rows()) {
            table.row(
                    row.label(),
                    row.customers(),
                    row.expected(),
                    row.actual(),
                    row.meanExpected(),
                    row.meanActual());
        }
        Map<String, Object> holdout = new LinkedHashMap<>();
        holdout.put("end", holdoutEnd.toString());
        holdout.put("weeks", check.horizon());
        holdout.put("totalExpected", check.totalExpected());
        holdout.put("totalActual", check.totalActual());
        holdout.put("meanAbsoluteError", check.meanAbsoluteError());
        json.put("holdout", holdout);
        return table;
    }
}
