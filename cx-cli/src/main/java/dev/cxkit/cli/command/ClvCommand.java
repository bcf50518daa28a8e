package dev.cxkit.cli.command;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.input.TransactionColumns;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.CustomerLifetimeValue;
import dev.cxkit.clv.DiscountSchedule;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.clv.RfmSummary;
import dev.cxkit.stats.MaximumLikelihoodEstimate;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx clv}: BG/NBD and Gamma-Gamma fitted to a transaction log, and the customers with
 * the highest expected lifetime value.
 */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Customer lifetime value from a transaction log (CSV: customer, time, "
                + "amount): BG/NBD purchase model and Gamma-Gamma spend model fitted by maximum "
                + "likelihood, P(alive), expected purchases and discounted CLV per customer.")
public final class ClvCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(paramLabel = "TRANSACTIONS", description = "Transactions CSV with a header.")
    private Path file;

    @Option(names = "--customer-column", defaultValue = "customerId", paramLabel = "HEADER")
    private String customerColumn;

    @Option(names = "--time-column", defaultValue = "time", paramLabel = "HEADER")
    private String timeColumn;

    @Option(names = "--amount-column", defaultValue = "amount", paramLabel = "HEADER")
    private String amountColumn;

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
            description = "Last day of the calibration period (yyyy-mm-dd).")
    private LocalDate calibrationEnd;

    @Option(names = "--months", defaultValue = "12",
            description = "CLV horizon in months (default ${DEFAULT-VALUE}).")
    private int months;

    @Option(names = "--monthly-discount", defaultValue = "0.01",
            description = "Discount rate per month (default ${DEFAULT-VALUE}).")
    private double monthlyDiscount;

    @Option(names = "--top", defaultValue = "20", description = "Customers listed (default ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of instants.")
    private ZoneId zone;

    @Override
    public Integer call() {
        Map<String, RfmSummary> customers = TransactionColumns.read(file, customerColumn,
                timeColumn, amountColumn, zone).summarize(calibrationEnd, ChronoUnit.WEEKS);
        ModelFit<BgNbdModel> purchases = BgNbdModel.fit(RfmPatterns.of(customers.values()));
        ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(customers.values().stream()
                .filter(customer -> customer.frequency() > 0).toList());
        DiscountSchedule schedule = DiscountSchedule.monthly(months, monthlyDiscount, ChronoUnit.WEEKS);
        List<Map.Entry<String, Double>> values = new ArrayList<>();
        customers.forEach((id, customer) -> values.add(Map.entry(id, customer.frequency() == 0
                ? 0.0
                : CustomerLifetimeValue.of(purchases.model(), spend.model(), customer, schedule))));
        values.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        String title = String.format(Locale.ROOT,
                "%,d customers to %s (weeks); BG/NBD %s; Gamma-Gamma %s%n"
                        + "CLV over %d months at %.2f %% a month; top %d", customers.size(),
                calibrationEnd, describe(purchases.estimate()), describe(spend.estimate()), months,
                100 * monthlyDiscount, Math.min(top, values.size()));
        Table table = Table.of("customers", title).text("customer", "customer")
                .count("repeatPurchases", "repeat purchases")
                .number("recencyWeeks", "recency (weeks)", 1).number("ageWeeks", "age (weeks)", 1)
                .percent("probabilityAlive", "P(alive)")
                .number("expectedPurchases", "expected purchases " + months + "m", 2)
                .number("clv", "CLV", 2);
        for (Map.Entry<String, Double> entry : values.subList(0, Math.min(top, values.size()))) {
            RfmSummary customer = customers.get(entry.getKey());
            table.row(entry.getKey(), customer.frequency(), customer.recency(), customer.age(),
                    purchases.model().probabilityAlive(customer),
                    purchases.model().conditionalExpectedTransactions(
                            months * schedule.periodLength(), customer), entry.getValue());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("purchases", purchases);
        json.put("spend", spend);
        json.put("top", values.subList(0, Math.min(top, values.size())));
        output.print(spec.commandLine().getOut(), table, json);
        return Cx.OK;
    }

    private static String describe(MaximumLikelihoodEstimate estimate) {
        StringBuilder text = new StringBuilder();
        for (String name : estimate.parameterNames()) {
            text.append(name).append(' ')
                    .append(Numbers.fixed(estimate.estimate(name), 3)).append(", ");
        }
        return text.append("log-likelihood ").append(Numbers.fixed(estimate.logLikelihood(), 1))
                .append(estimate.converged() ? "" : " (NOT CONVERGED)").toString();
    }
}
