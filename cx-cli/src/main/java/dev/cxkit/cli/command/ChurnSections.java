package dev.cxkit.cli.command;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.input.DurationUnit;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Section;
import dev.cxkit.cli.report.chart.AxisSpec;
import dev.cxkit.cli.report.chart.BarChart;
import dev.cxkit.cli.report.chart.HeatMap;
import dev.cxkit.cli.report.chart.LineChart;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's churn and retention sections. Of customer records: monthly churn of the
 * customers present at each month's start (with its Wilson interval) beside the simple
 * start-versus-end rate, which hides acquisition, and the cohort retention table as a heat map
 * (share of each month's new customers not churned by the end of each later month). Of a churn
 * table, which has tenures but no dates: per group, the churn within one year as
 * {@code 1 - S(1 year)} of the Kaplan-Meier curve (which counts customers not yet followed that
 * long correctly) beside the plain churned share.
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

    /**
     * The churn-table section: bars of the churn within one year (in {@code unit}) per value of
     * {@code by} (one bar without), with their log-log intervals, hatched below the minimum n;
     * groups not followed for a year are named in a note instead.
     */
    static Section ofChurnTable(
            ChurnTable table, Optional<String> by, DurationUnit unit, double level, long minimumN) {
        double horizon = unit.defaultHorizon();
        String within = Numbers.fixed(horizon, 0) + " " + unit.label();
        Strata<String> strata = LifetimeTables.strata(table, by);
        String group = by.orElse("group");
        TextTable numbers = new TextTable(List.of(
                group,
                "customers",
                "churned",
                "churned share",
                "share interval",
                "churn within " + within,
                "churn interval"));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> unobserved = new ArrayList<>();
        for (String key : strata.keys()) {
            RiskSets riskSets = strata.riskSets(key);
            KaplanMeier curve = KaplanMeier.of(riskSets);
            if (!curve.isEstimatedAt(horizon)) {
                unobserved.add(key);
                continue;
            }
            Proportion churned =
                    new Proportion("churn", riskSets.totalEvents(), riskSets.subjects());
            Interval interval =
                    LifetimeTables.churnInterval(curve, horizon, ConfidenceType.LOG_LOG, level);
            double churn = 1 - curve.survival(horizon);
            bars.add(new BarChart.Bar(
                    key,
                    churn,
                    Optional.of(SurveySections.range(interval)),
                    "n = " + riskSets.subjects(),
                    riskSets.subjects() < minimumN));
            numbers.row(List.of(
                    key,
                    Long.toString(riskSets.subjects()),
                    Long.toString(riskSets.totalEvents()),
                    Numbers.percent(churned.value()),
                    Numbers.percentInterval(churned.interval(level)),
                    Numbers.percent(churn),
                    Numbers.percentInterval(interval)));
        }
        Section section = Section.of(
                "table-churn",
                "Churn within " + within + " by " + by.orElse("all customers") + " (churn table)");
        if (!bars.isEmpty()) {
            String svg = new BarChart(
                            "table-churn-within",
                            "Churn within " + within + " with " + Numbers.percent(level)
                                    + " intervals",
                            "share of customers churned within " + within,
                            DriverSection::percentTick,
                            false)
                    .render(bars);
            section.figure(
                    "table-churn-within",
                    svg,
                    "Bars are the share of customers who churn within " + within
                            + ", 1 - S(" + Numbers.fixed(horizon, 0) + ") of the Kaplan-Meier "
                            + "curve, which counts customers not yet followed that long "
                            + "correctly; whiskers its " + Numbers.percent(level)
                            + " log-log interval; hatched bars rest on fewer than " + minimumN
                            + " customers. The table adds the plain churned share of all "
                            + "customers with its Wilson interval, which undercounts churn "
                            + "among recent customers.",
                    numbers);
        }
        if (!unobserved.isEmpty()) {
            section.note("Not followed for " + within + ", so without an estimate: "
                    + String.join(", ", unobserved) + ".");
        }
        return section;
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
