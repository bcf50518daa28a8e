package dev.cxkit.cli.command;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cx churn}: period churn and retention and a cohort table, from customer records. */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = "Churn and retention of a period [--from, --to) from customer records: the "
                + "simple start-versus-end rate beside the proper rates that separate new "
                + "customers, with Wilson intervals; and a cohort retention table.")
public final class ChurnCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Parameters(paramLabel = "CUSTOMERS", arity = "1..*", description = "Customer files.")
    private List<Path> files;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "First day of the period (yyyy-mm-dd, in --zone).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE",
            description = "Day after the period (yyyy-mm-dd, in --zone).")
    private LocalDate to;

    @Option(names = "--cohorts", defaultValue = "month", paramLabel = "UNIT",
            description = "Cohort period: day, iso_week, month, quarter or year (default ${DEFAULT-VALUE}).")
    private String cohortUnit;

    @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of dates.")
    private ZoneId zone;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level.")
    private double level;

    @Override
    public Integer call() {
        List<Customer> customers = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.customers(), files, customers::add);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        PeriodChurn churn = PeriodChurn.ofCustomers(customers, start, end);
        CalendarPeriod unit = CalendarPeriod.valueOf(cohortUnit.toUpperCase(Locale.ROOT));
        CohortTable cohorts = CohortTable.fromCustomers(
                customers.stream().filter(c -> c.acquiredAt().isBefore(end)).toList(), unit,
                zone, end);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", churn);
        json.put("cohorts", cohorts);
        output.print(spec.commandLine().getOut(), List.of(
                periodTable(churn, "Churn from " + from + " to " + to + " (" + zone + ")"),
                cohortTable(cohorts, "Cohort retention by " + unit.name().toLowerCase(Locale.ROOT)
                        + " of acquisition (share still active k periods later)")), json);
        return records.finish();
    }

    private Table periodTable(PeriodChurn churn, String title) {
        Table table = Table.of("period", title).count("atStart", "at start")
                .count("lost", "lost").count("new", "new").count("atEnd", "at end")
                .percent("simpleChurn", "simple churn").percent("churn", "churn")
                .interval("churn", "churn interval", Numbers::percent)
                .percent("retention", "retention")
                .interval("retention", "retention interval", Numbers::percent);
        table.row(churn.atStart(), churn.lost(), churn.newCustomers(), churn.atEnd(),
                churn.atStart() == 0 ? null : churn.simpleChurn(), share(churn.churn()),
                interval(churn.churn()), share(churn.retention()), interval(churn.retention()));
        return table;
    }

    private static Table cohortTable(CohortTable cohorts, String title) {
        int periods = cohorts.cohorts().stream().mapToInt(CohortTable.Cohort::periods).max()
                .orElse(0);
        Table table = Table.of("cohorts", title).text("cohort", "cohort")
                .count("customers", "customers");
        for (int k = 0; k < periods; k++) {
            table.column("+" + k, List.of("retention" + k), values -> values[0] == null ? ""
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
        return proportion.isEmpty() ? Optional.empty() : Optional.of(proportion.interval(level));
    }
}
