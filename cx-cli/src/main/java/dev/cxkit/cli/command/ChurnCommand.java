package dev.cxkit.cli.command;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.cli.Choices;
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
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cx churn}: churn and retention. From customer records: period churn and retention and
 * a cohort table for {@code [--from, --to)}. From a churn table ({@code --duration tenure
 * --event Churn}): per group ({@code --by}), the churned share with its interval
 * ({@code --interval wilson|agresti-coull}), the churn within a horizon as {@code 1 - S(h)} of
 * the Kaplan-Meier curve (which counts customers not yet followed that long correctly), and
 * retention at chosen durations, never beyond a group's last follow-up.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "churn",
        mixinStandardHelpOptions = true,
        description = "Churn and retention. Customer records: churn of the period [--from, --to)"
                + ", the simple start-versus-end rate beside the proper rates that separate new "
                + "customers, with intervals, and a cohort retention table. Churn table "
                + "(--duration, --event): churned share, churn within --horizon and retention "
                + "by duration, per --by group.")
public final class ChurnCommand implements Callable<Integer> {

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
            names = "--from",
            paramLabel = "DATE",
            description = "Customer records: first day of the period (yyyy-mm-dd, in --zone); "
                    + "required with them.")
    private LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Customer records: day after the period (yyyy-mm-dd, in --zone); "
                    + "required with them.")
    private LocalDate to;

    @Option(
            names = "--cohorts",
            defaultValue = "month",
            paramLabel = "UNIT",
            description = "Customer records: cohort period: day, iso_week, month, quarter or "
                    + "year (default ${DEFAULT-VALUE}).")
    private String cohortUnit;

    @Option(
            names = "--by",
            paramLabel = "COLUMN",
            description = "Churn table: one row per value of this column, e.g. Contract.")
    private Optional<String> by = Optional.empty();

    @Option(
            names = "--horizon",
            paramLabel = "T",
            description = "Churn table: report the churn within this duration, in --unit, "
                    + ">= 0 (default one year: 365 days, 52 weeks, 12 months, 1 year).")
    private Double horizon;

    @Option(
            names = "--at",
            paramLabel = "T",
            split = ",",
            description = "Churn table: durations in --unit at which to report retention, "
                    + "each >= 0 (default 30,90,180,365 days; 4,13,26,52 weeks; 1,3,6,12,24 "
                    + "months; 1,2,3,5 years).")
    private List<Double> at;

    @Mixin
    private ShareIntervalOption shareInterval;

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level, in (0, 1) (default ${DEFAULT-VALUE}).")
    private double level;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--level must be in (0, 1), was " + level);
        }
        return lifetimes.active() ? churnTable() : customerRecords();
    }

    private int churnTable() {
        if (from != null || to != null) {
            throw new UsageException("--from and --to apply to customer records, not to a "
                    + "churn table with --duration and --event");
        }
        DurationUnit unit = lifetimes.unit();
        List<Double> points = LifetimeTables.points(at, unit);
        double h = horizon == null
                ? unit.defaultHorizon()
                : LifetimeTables.checkDuration("--horizon", horizon, unit);
        RecordInput records = new RecordInput(input, spec.commandLine().getErr());
        ChurnTable table = lifetimes.read(records, files, by.stream().toList());
        if (table.size() == 0) {
            records.finish();
            throw new UsageException("no customers in " + files);
        }
        Strata<String> strata = LifetimeTables.strata(table, by);
        String u = unit.label();
        String at = Numbers.fixed(h, h == Math.rint(h) ? 0 : 1);
        Table churn = Table.of(
                        "churn",
                        "Churn by " + by.orElse("customer base")
                                + " (churn table, durations in " + u + "): churned share of all "
                                + "customers with its " + shareInterval.method().label() + " "
                                + Numbers.percent(level) + " interval; churn within " + at + " " + u
                                + " = 1 - S(" + at + ") of the Kaplan-Meier curve")
                .text("group", "group")
                .count("customers", "customers")
                .count("churned", "churned")
                .percent("churnedShare", "churned share")
                .interval("churnedShare", "share interval", Numbers::percent)
                .percent("churnWithin", "churn within " + at + " " + u)
                .interval("churnWithin", "within interval", Numbers::percent);
        Table retention = Table.of(
                        "retention", "Retention by duration (Kaplan-Meier S(t), " + u + ")")
                .text("group", "group");
        LifetimeTables.addPointColumns(retention, points, unit, "retention", "S");
        boolean beyond = false;
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> groups = new LinkedHashMap<>();
        for (String key : strata.keys()) {
            RiskSets riskSets = strata.riskSets(key);
            KaplanMeier curve = KaplanMeier.of(riskSets);
            Proportion churned =
                    new Proportion("churn", riskSets.totalEvents(), riskSets.subjects());
            boolean observed = curve.isEstimatedAt(h);
            beyond |= !observed;
            churn.row(
                    key,
                    riskSets.subjects(),
                    riskSets.totalEvents(),
                    churned.value(),
                    churned.interval(shareInterval.method(), level),
                    observed ? 1 - curve.survival(h) : null,
                    observed
                            ? Optional.of(LifetimeTables.churnInterval(
                                    curve, h, ConfidenceType.LOG, level))
                            : Optional.empty());
            List<Object> row = new ArrayList<>(List.of(key));
            for (double point : points) {
                Double survival = LifetimeTables.survivalAt(curve, point);
                beyond |= survival == null;
                row.add(survival);
            }
            retention.row(row.toArray());
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("churned", churned);
            group.put("curve", curve);
            groups.put(key, group);
        }
        json.put("groups", groups);
        if (beyond) {
            churn.note("churn within a horizon after a group's last follow-up is not "
                    + "estimated and shows as -");
            retention.note(LifetimeTables.BEYOND_NOTE);
        }
        LifetimeTables.logRank(churn, strata, json);
        output.print(spec.commandLine().getOut(), List.of(churn, retention), json);
        return records.finish();
    }

    private int customerRecords() {
        if (from == null || to == null) {
            throw new UsageException("customer records need --from DATE and --to DATE (the "
                    + "period); a churn table needs --duration COLUMN and --event COLUMN");
        }
        ZoneId zone = input.zone();
        CalendarPeriod unit = Choices.of(CalendarPeriod.class, cohortUnit, "--cohorts");
        List<Customer> customers = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.customers(), files, customers::add);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        PeriodChurn churn = PeriodChurn.ofCustomers(customers, start, end);
        CohortTable cohorts = CohortTable.fromCustomers(
                customers.stream().filter(c -> c.acquiredAt().isBefore(end)).toList(),
                unit,
                zone,
                end);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", churn);
        json.put("cohorts", cohorts);
        output.print(
                spec.commandLine().getOut(),
                List.of(
                        periodTable(churn, "Churn from " + from + " to " + to + " (" + zone + ")"),
                        cohortTable(
                                cohorts,
                                "Cohort retention by " + unit.name().toLowerCase(Locale.ROOT)
                                        + " of acquisition (share still active k periods later)")),
                json);
        return records.finish();
    }

    private Table periodTable(PeriodChurn churn, String title) {
        Table table = Table.of("period", title)
                .count("atStart", "at start")
                .count("lost", "lost")
                .count("new", "new")
                .count("atEnd", "at end")
                .percent("simpleChurn", "simple churn")
                .percent("churn", "churn")
                .interval("churn", "churn interval", Numbers::percent)
                .percent("retention", "retention")
                .interval("retention", "retention interval", Numbers::percent);
        table.row(
                churn.atStart(),
                churn.lost(),
                churn.newCustomers(),
                churn.atEnd(),
                churn.atStart() == 0 ? null : churn.simpleChurn(),
                share(churn.churn()),
                interval(churn.churn()),
                share(churn.retention()),
                interval(churn.retention()));
        return table;
    }

    private static Table cohortTable(CohortTable cohorts, String title) {
        int periods = cohorts.cohorts().stream()
                .mapToInt(CohortTable.Cohort::periods)
                .max()
                .orElse(0);
        Table table =
                Table.of("cohorts", title).text("cohort", "cohort").count("customers", "customers");
        for (int k = 0; k < periods; k++) {
            table.column(
                    "+" + k,
                    List.of("retention" + k),
                    values -> values[0] == null
                            ? ""
                            : Numbers.percent(((Number) values[0]).doubleValue()));
        }
        for (CohortTable.Cohort cohort : cohorts.cohorts()) {
            List<Object> row = new ArrayList<>(List.of(cohort.start().toString(), cohort.size()));
            for (int k = 0; k < periods; k++) {
                row.add(k < cohort.periods() ? share(cohort.retention(k)) : null);
            }
            table.row(row.toArray());
        }
        return table;
    }

    private static Double share(Proportion proportion) {
        return proportion.isEmpty() ? null : proportion.value();
    }

    private Optional<Interval> interval(Proportion proportion) {
        return proportion.isEmpty()
                ? Optional.empty()
                : Optional.of(proportion.interval(shareInterval.method(), level));
    }
}
