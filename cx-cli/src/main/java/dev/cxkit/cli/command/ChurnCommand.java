package dev.cxkit.cli.command;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
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
                new OutputOptions.Section("Churn from " + from + " to " + to + " (" + zone + ")",
                        periodTable(churn)),
                new OutputOptions.Section("Cohort retention by " + unit.name().toLowerCase(Locale.ROOT)
                        + " of acquisition (share still active k periods later)",
                        cohortTable(cohorts))), json);
        return records.finish();
    }

    private TextTable periodTable(PeriodChurn churn) {
        TextTable table = new TextTable(List.of("at start", "lost", "new", "at end",
                "simple churn", "churn", "churn interval", "retention", "retention interval"));
        table.row(List.of(Long.toString(churn.atStart()), Long.toString(churn.lost()),
                Long.toString(churn.newCustomers()), Long.toString(churn.atEnd()),
                churn.atStart() == 0 ? "-" : Numbers.percent(churn.simpleChurn()),
                share(churn.churn()), interval(churn.churn()), share(churn.retention()),
                interval(churn.retention())));
        return table;
    }

    private static TextTable cohortTable(CohortTable cohorts) {
        int periods = cohorts.cohorts().stream().mapToInt(CohortTable.Cohort::periods).max()
                .orElse(0);
        List<String> header = new ArrayList<>(List.of("cohort", "customers"));
        for (int k = 0; k < periods; k++) {
            header.add("+" + k);
        }
        TextTable table = new TextTable(header);
        for (CohortTable.Cohort cohort : cohorts.cohorts()) {
            List<String> row = new ArrayList<>(List.of(cohort.start().toString(),
                    Long.toString(cohort.size())));
            for (int k = 0; k < periods; k++) {
                row.add(k < cohort.periods() ? share(cohort.retention(k)) : "");
            }
            table.row(row);
        }
        return table;
    }

    private static String share(Proportion proportion) {
        return proportion.isEmpty() ? "-" : Numbers.percent(proportion.value());
    }

    private String interval(Proportion proportion) {
        return proportion.isEmpty() ? "-" : Numbers.percentInterval(proportion.interval(level));
    }
}
