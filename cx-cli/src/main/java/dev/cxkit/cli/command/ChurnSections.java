package dev.cxkit.cli.command;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.HeatMap;
import dev.cxkit.cli.report.chart.LineChart;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's churn and retention section: monthly churn of the customers present at each
 * month's start (with its Wilson interval) beside the simple start-versus-end rate, which hides
 * acquisition, and the cohort retention table as a heat map (share of each month's new
 * customers not churned by the end of each later month).
 */
final class ChurnSections {

    private ChurnSections() {}

    /**
     * The section, or empty without customers or without a whole month before {@code asOf}.
     *
     * @param asOf the instant the data were observed: months ending after it are left out
     */
    static Optional<Section> of(
            List<Customer> customers, ZoneId zone, Instant asOf, double level, long minimumN) {
        if (customers.isEmpty()) {
            return Optional.empty();
        }
        CalendarPeriod month = CalendarPeriod.MONTH;
        long first = customers.stream()
                .map(Customer::acquiredAt)
                .min(Instant::compareTo)
                .map(time -> month.index(time, zone))
                .orElseThrow();
        List<String> labels = new ArrayList<>();
        List<LineChart.Point> proper = new ArrayList<>();
        List<LineChart.Point> simple = new ArrayList<>();
        TextTable numbers = new TextTable(List.of(
                "month",
                "at start",
                "new",
                "lost",
                "at end",
                "churn",
                Numbers.percent(level) + " interval",
                "simple rate (S - E) / S"));
        for (long index = first + 1; !month.end(index, zone).isAfter(asOf); index++) {
            Instant start = month.end(index - 1, zone);
            PeriodChurn period = PeriodChurn.ofCustomers(customers, start, month.end(index, zone));
            if (period.atStart() == 0) {
                continue;
            }
            int x = labels.size();
            labels.add(month.label(start, zone));
            Interval interval = period.churn().interval(level);
            boolean small = period.atStart() < minimumN;
            proper.add(new LineChart.Point(
                    x,
                    period.churn().value(),
                    Optional.of(SurveySections.range(interval)),
                    small,
                    small ? "n = " + period.atStart() : ""));
            simple.add(LineChart.Point.of(x, period.simpleChurn()));
            numbers.row(List.of(
                    labels.get(x),
                    Long.toString(period.atStart()),
                    Long.toString(period.newCustomers()),
                    Long.toString(period.lost()),
                    Long.toString(period.atEnd()),
                    Numbers.percent(period.churn().value()),
                    Numbers.percentInterval(interval),
                    Numbers.percent(period.simpleChurn())));
        }
        Section section = Section.of("churn", "Churn and retention");
        if (!labels.isEmpty()) {
            String svg = new LineChart(
                            "churn-monthly",
                            "Monthly churn beside the simple rate",
                            AxisSpec.categories("month", labels, 8),
                            AxisSpec.fitted("share of customers", DriverSection::percentTick))
                    .render(List.of(
                            new LineChart.Series(
                                    "churn of customers at the start",
                                    proper,
                                    false,
                                    true,
                                    List.of()),
                            new LineChart.Series(
                                    "simple rate (S - E) / S", simple, false, true, List.of())));
            section.figure(
                    "churn-monthly",
                    svg,
                    "Churn is the share of the customers present "
                            + "at a month's start who left during it, with its "
                            + Numbers.percent(level)
                            + " Wilson interval as the band; the simple rate (start minus end over start) "
                            + "counts new customers against lost ones and can even turn negative while "
                            + "customers leave.",
                    numbers);
        }
        CohortTable cohorts = CohortTable.fromCustomers(customers, month, zone, asOf);
        if (!cohorts.isEmpty()) {
            cohortMap(section, cohorts, minimumN);
        }
        return Optional.of(section);
    }

    private static void cohortMap(Section section, CohortTable cohorts, long minimumN) {
        int columns = cohorts.cohorts().stream()
                .mapToInt(cohort -> cohort.active().size())
                .max()
                .orElse(0);
        if (columns == 0) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("cohort", "customers"));
        List<String> months = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
            months.add(Integer.toString(k));
            header.add("month " + k);
        }
        TextTable numbers = new TextTable(header);
        List<HeatMap.Row> rows = new ArrayList<>();
        for (CohortTable.Cohort cohort : cohorts.cohorts()) {
            List<Optional<Double>> cells = new ArrayList<>();
            List<String> row = new ArrayList<>(List.of(
                    cohort.start().toString().substring(0, 7), Long.toString(cohort.size())));
            for (int k = 0; k < columns; k++) {
                Optional<Double> share = k < cohort.active().size() && cohort.size() > 0
                        ? Optional.of(cohort.active().get(k) / (double) cohort.size())
                        : Optional.empty();
                cells.add(share);
                row.add(share.map(Numbers::percent).orElse(""));
            }
            numbers.row(row);
            rows.add(new HeatMap.Row(
                    cohort.start().toString().substring(0, 7) + " (n = " + cohort.size()
                            + (cohort.size() < minimumN ? ", small" : "") + ")",
                    cells));
        }
        String svg = new HeatMap(
                        "cohort-retention",
                        "Cohort retention by month since acquisition",
                        "months since acquisition",
                        share -> Numbers.fixed(100 * share, 0) + "%")
                .render(months, rows);
        section.figure(
                "cohort-retention",
                svg,
                "Each row is the customers acquired in a month; a "
                        + "cell is the share of them not churned by the end of a later month, printed in "
                        + "the cell and shaded darker the higher it is. Newer cohorts have fewer months.",
                numbers);
    }
}
