package dev.cxkit.cli.command;

import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.CustomerLifetimes;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.LogRankTest;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx survival}: customer lifetimes as a Kaplan-Meier curve, from customer records.
 *
 * <p>A customer's lifetime runs from {@code acquiredAt} to {@code churnedAt} (an event) or, for
 * a customer still active, to the observation end (censored), in days ({@link
 * CustomerLifetimes}). With {@code --by ATTRIBUTE} the customers are split into strata by that attribute and
 * compared with a log-rank test.
 */
@Command(name = "survival", mixinStandardHelpOptions = true,
        description = "Customer survival (Kaplan-Meier): share still active after t days, "
                + "median lifetime with its interval, restricted mean; --by compares groups "
                + "(log-rank).")
public final class SurvivalCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Parameters(paramLabel = "CUSTOMERS", arity = "1..*", description = "Customer files.")
    private List<Path> files;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Observation end for active customers (default: the latest "
                    + "acquisition or churn in the data).")
    private Optional<Instant> asOf = Optional.empty();

    @Option(names = "--at", paramLabel = "DAYS", split = ",", defaultValue = "30,90,180,365",
            description = "Days at which to report survival (default ${DEFAULT-VALUE}).")
    private List<Double> days;

    @Option(names = "--by", paramLabel = "ATTRIBUTE",
            description = "Customer attribute to split by, e.g. plan or region.")
    private Optional<String> by = Optional.empty();

    @Option(names = "--conf-type", defaultValue = "log",
            description = "Interval type: plain, log (R's default) or log-log (default ${DEFAULT-VALUE}).")
    private String confType;

    @Option(names = "--level", defaultValue = "0.95",
            description = "Confidence level (default ${DEFAULT-VALUE}).")
    private double level;

    @Override
    public Integer call() {
        ConfidenceType type = ConfidenceType.byName(confType);
        List<Customer> customers = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.customers(), files, customers::add);
        Instant end = asOf.orElseGet(() -> latestEvent(customers));
        Strata<String> strata = CustomerLifetimes.strata(customers,
                customer -> by.map(name -> customer.attribute(name).orElse("(none)")).orElse("all"),
                end, ChronoUnit.DAYS);
        print(strata, type);
        return records.finish();
    }

    private void print(Strata<String> strata, ConfidenceType type) {
        String title = "Customer survival (Kaplan-Meier, lifetimes in days, " + type.label()
                + " " + Numbers.percent(level) + " intervals; median - when not reached)";
        Table table = Table.of("survival", title).text("group", "group")
                .count("customers", "customers").count("churned", "churned");
        for (double day : days) {
            String at = Numbers.fixed(day, day == Math.rint(day) ? 0 : 1);
            table.percent("survival" + at.replace('.', '_'), "S(" + at + "d)");
        }
        table.value("medianDays", "median days", value -> Numbers.fixed(value, 0))
                .column("median interval", List.of("medianLower", "medianUpper"), values ->
                        "[" + bound(values[0]) + ", " + bound(values[1]) + "]")
                .number("restrictedMeanDays", "mean days (to last)", 1);
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : strata.keys()) {
            RiskSets riskSets = strata.riskSets(key);
            KaplanMeier curve = KaplanMeier.of(riskSets);
            List<Object> row = new ArrayList<>(List.of(key, riskSets.subjects(),
                    riskSets.totalEvents()));
            List<Map<String, Object>> points = new ArrayList<>();
            for (double day : days) {
                Interval interval = curve.interval(day, type, level);
                row.add(curve.survival(day));
                points.add(Map.of("days", day, "survival", curve.survival(day),
                        "interval", interval));
            }
            MedianInterval median = curve.medianInterval(type, level);
            row.add(curve.median().isPresent() ? curve.median().getAsDouble() : null);
            row.add(median.lower().isPresent() ? median.lower().getAsDouble() : null);
            row.add(median.upper().isPresent() ? median.upper().getAsDouble() : null);
            double horizon = riskSets.time(riskSets.rowCount() - 1);
            row.add(curve.restrictedMean(horizon).value());
            table.row(row.toArray());
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("curve", curve);
            group.put("at", points);
            group.put("medianInterval", median);
            json.put(key, group);
        }
        if (strata.keys().size() > 1) {
            LogRankTest<String> test = strata.logRank();
            table.note(String.format(java.util.Locale.ROOT,
                    "log-rank test across %d groups: chi-square %.3f, df %d, p %.4g",
                    strata.keys().size(), test.chiSquare(), test.degreesOfFreedom(),
                    test.pValue()));
            json.put("logRank", test);
        }
        PrintWriter out = spec.commandLine().getOut();
        output.print(out, table, json);
    }

    private static String bound(Object value) {
        return value == null ? "NA" : Numbers.fixed(((Number) value).doubleValue(), 0);
    }

    private static Instant latestEvent(List<Customer> customers) {
        Instant latest = Instant.EPOCH;
        for (Customer customer : customers) {
            Instant last = customer.churnedAt().orElse(customer.acquiredAt());
            latest = last.isAfter(latest) ? last : latest;
        }
        return latest;
    }
}
