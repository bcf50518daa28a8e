package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DurationEventOptions;
import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.input.DurationUnit;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.model.Customer;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.CoxModel;
import dev.cxkit.survival.CustomerLifetimes;
import dev.cxkit.survival.Strata;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cx survival}: customer lifetimes as Kaplan-Meier curves, from customer records or from
 * a churn table, with the log-rank test across groups and, on a churn table, a Cox model.
 *
 * <p>From customer records a lifetime runs from {@code acquiredAt} to {@code churnedAt} (an
 * event) or, for a customer still active, to the observation end (censored), in days
 * ({@link CustomerLifetimes}). From a churn table ({@code --duration tenure --event Churn}) each
 * row is a customer with its duration in {@code --unit} and whether it churned. With
 * {@code --by} the customers are split into groups compared with a log-rank test; survival is
 * never reported beyond a group's last follow-up. {@code --cox COLUMNS} fits a Cox
 * proportional hazards model ({@link CoxTables}).
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "survival",
        mixinStandardHelpOptions = true,
        description = "Customer survival (Kaplan-Meier): share still active after t, median "
                + "lifetime with its interval, restricted mean; --by compares groups "
                + "(log-rank); --cox fits a Cox model with hazard ratios and the "
                + "proportional-hazards test. Reads customer records, or a churn table with "
                + "--duration and --event.")
public final class SurvivalCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Mixin
    private DurationEventOptions lifetimes;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Customer records, or a churn table (one row per customer) with "
                    + "--duration and --event.")
    private List<Path> files;

    @Option(
            names = "--as-of",
            paramLabel = "INSTANT",
            description = "Customer records: observation end for active customers (default: "
                    + "the latest acquisition or churn in the data).")
    private Optional<Instant> asOf = Optional.empty();

    @Option(
            names = "--at",
            paramLabel = "T",
            split = ",",
            description = "Durations (in days, or in --unit for a churn table) at which to "
                    + "report survival, each >= 0 (default 30,90,180,365 days; 4,13,26,52 "
                    + "weeks; 1,3,6,12,24 months; 1,2,3,5 years).")
    private List<Double> at;

    @Option(
            names = "--by",
            paramLabel = "COLUMN",
            description = "Split customers into groups by this customer attribute (customer "
                    + "records) or column (churn table), e.g. Contract, compared with a "
                    + "log-rank test; with --cox, the strata of the model.")
    private Optional<String> by = Optional.empty();

    @Option(
            names = "--cox",
            paramLabel = "COLUMNS",
            split = ",",
            description = "Churn table: fit a Cox proportional hazards model on these columns "
                    + "(comma-separated): a column of numbers is numeric, any other "
                    + "categorical with one hazard ratio per level against its reference "
                    + "level; prints hazard ratios with intervals and the proportional-hazards "
                    + "test.")
    private List<String> cox = new ArrayList<>();

    @Option(
            names = "--reference",
            paramLabel = "COLUMN=LEVEL",
            description = "Reference level of a categorical --cox column (default: its first "
                    + "level in sorted order, as R), e.g. --reference Contract=Month-to-month "
                    + "(repeatable).")
    private Map<String, String> references = new LinkedHashMap<>();

    @Option(
            names = "--ties",
            paramLabel = "METHOD",
            defaultValue = "efron",
            description = "Cox model ties: efron (R's default) or breslow "
                    + "(default ${DEFAULT-VALUE}).")
    private String ties;

    @Option(
            names = "--conf-type",
            defaultValue = "log",
            description = "Interval type: plain, log (R's default) or log-log "
                    + "(default ${DEFAULT-VALUE}).")
    private String confType;

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level, in (0, 1) (default ${DEFAULT-VALUE}).")
    private double level;

    @Override
    public Integer call() {
        ConfidenceType type = ConfidenceType.byName(confType);
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--level must be in (0, 1), was " + level);
        }
        return lifetimes.active() ? churnTable(type) : customerRecords(type);
    }

    private int customerRecords(ConfidenceType type) {
        if (!cox.isEmpty()) {
            throw new UsageException("--cox needs a churn table: give --duration and --event");
        }
        List<Double> points = LifetimeTables.points(at, DurationUnit.DAYS);
        List<Customer> customers = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.customers(), files, customers::add);
        if (customers.isEmpty()) {
            records.finish();
            throw new UsageException("no customers in " + files);
        }
        Instant end = asOf.orElseGet(() -> latestEvent(customers));
        Strata<String> strata = CustomerLifetimes.strata(
                customers,
                customer -> by.map(name -> customer.attribute(name).orElse("(none)"))
                        .orElse("all"),
                end,
                ChronoUnit.DAYS);
        Map<String, Object> json = new LinkedHashMap<>();
        Table table = LifetimeTables.survival(
                title("lifetimes in days", type),
                strata,
                DurationUnit.DAYS,
                points,
                type,
                level,
                json);
        output.print(spec.commandLine().getOut(), table, json);
        return records.finish();
    }

    private int churnTable(ConfidenceType type) {
        if (asOf.isPresent()) {
            throw new UsageException("--as-of applies to customer records, not to a churn "
                    + "table with --duration and --event");
        }
        DurationUnit unit = lifetimes.unit();
        List<Double> points = LifetimeTables.points(at, unit);
        CoxTables coxTables = CoxTables.of(cox, references, ties, level);
        List<String> columns = new ArrayList<>();
        by.ifPresent(columns::add);
        cox.stream().filter(column -> !columns.contains(column)).forEach(columns::add);
        RecordInput records = new RecordInput(input, spec.commandLine().getErr());
        ChurnTable table = lifetimes.read(records, files, columns);
        if (table.size() == 0) {
            records.finish();
            throw new UsageException("no customers in " + files);
        }
        Strata<String> strata = LifetimeTables.strata(table, by);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        tables.add(LifetimeTables.survival(
                title("durations in " + unit.label(), type),
                strata,
                unit,
                points,
                type,
                level,
                json));
        if (!cox.isEmpty()) {
            CoxModel model = coxTables.fit(table, by);
            tables.addAll(coxTables.tables(model, by, json));
        }
        output.print(spec.commandLine().getOut(), tables, json);
        return records.finish();
    }

    private String title(String durations, ConfidenceType type) {
        return "Customer survival (Kaplan-Meier, " + durations + ", " + type.label() + " "
                + Numbers.percent(level) + " intervals; median - when not reached)";
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
