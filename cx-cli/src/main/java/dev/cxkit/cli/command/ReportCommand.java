package dev.cxkit.cli.command;

import dev.cxkit.cli.input.DataFiles;
import dev.cxkit.cli.input.DataFiles.Kind;
import dev.cxkit.cli.input.DriverColumns;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.cli.report.Charts;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.drivers.DriverImportance;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.drivers.KeyDriverAnalysis;
import dev.cxkit.journey.Funnel;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Stage;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.scorecard.ScorecardRow;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cx report}: one self-contained HTML page with the headline metrics and their
 * intervals, the NPS trend with its interval band, the scorecard by touchpoint, the stage
 * funnel, the friction ranking and, given a driver file, the driver quadrant.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "A self-contained HTML report: headline NPS/CSAT/CES with intervals, NPS "
                    + "trend by month with its interval band, scorecard by touchpoint, stage funnel, "
                    + "friction ranking and (with --drivers) the key-driver quadrant; with "
                    + "customers, the churned share; with transactions, their count.",
            "Files are given by flag whatever their names, or as DATA: files and directories "
                    + "whose files are told apart by their content (the header or first record): "
                    + "responses have a score, interactions a touchpointId and an outcome, "
                    + "touchpoints a channel, customers an acquiredAt, transactions a customerId, "
                    + "a time and an amount."
        })
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Parameters(
            paramLabel = "DATA",
            arity = "0..*",
            description = "Files or directories (a directory as cx sample writes it), each file "
                    + "told apart by its content: responses, interactions, touchpoints, customers "
                    + "or transactions.")
    private List<Path> data = List.of();

    @Option(
            names = "--responses",
            paramLabel = "FILE",
            split = ",",
            description = "Survey response files, whatever their names (repeatable).")
    private List<Path> responseFiles = List.of();

    @Option(
            names = "--interactions",
            paramLabel = "FILE",
            split = ",",
            description = "Interaction files, whatever their names (repeatable).")
    private List<Path> interactionFiles = List.of();

    @Option(
            names = "--touchpoints",
            paramLabel = "FILE",
            description = "The touchpoint file, whatever its name.")
    private Optional<Path> touchpointFile = Optional.empty();

    @Option(
            names = "--customers",
            paramLabel = "FILE",
            split = ",",
            description = "Customer files (id, acquiredAt, churnedAt), whatever their names "
                    + "(repeatable).")
    private List<Path> customerFiles = List.of();

    @Option(
            names = "--transactions",
            paramLabel = "FILE",
            split = ",",
            description = "Transaction logs as cx clv reads them by default (customerId, time, "
                    + "amount; or header-less id yyyymmdd qty amount text), whatever their names "
                    + "(repeatable).")
    private List<Path> transactionFiles = List.of();

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "Page to write.")
    private Path html;

    @Mixin
    private JourneyOptions journey;

    @Option(
            names = "--drivers",
            paramLabel = "CSV",
            description = "Driver ratings for the key-driver quadrant (with --outcome).")
    private Optional<Path> drivers = Optional.empty();

    @Option(
            names = "--outcome",
            paramLabel = "COLUMN",
            defaultValue = "ltr",
            description = "Outcome column of --drivers (default ${DEFAULT-VALUE}).")
    private String outcome;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level.")
    private double level;

    @Option(
            names = "--language",
            defaultValue = dev.cxkit.text.lucene.CommentAnalyzer.PLAIN,
            paramLabel = "CODE",
            description = "ISO 639-1 language of comments (default "
                    + "${DEFAULT-VALUE}: plain Unicode words).")
    private String language;

    @Override
    public Integer call() throws IOException {
        DataFiles files = DataFiles.find(
                data,
                Map.of(
                        Kind.RESPONSES, responseFiles,
                        Kind.INTERACTIONS, interactionFiles,
                        Kind.TOUCHPOINTS, touchpointFile.stream().toList(),
                        Kind.CUSTOMERS, customerFiles,
                        Kind.TRANSACTIONS, transactionFiles),
                input,
                spec.commandLine().getErr());
        List<SurveyResponse> responses = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        List<ClvCommand.Transaction> transactions = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.surveyResponses(), files.of(Kind.RESPONSES), responses::add)
                .read(CxReader.interactions(), files.of(Kind.INTERACTIONS), interactions::add)
                .read(CxReader.customers(), files.of(Kind.CUSTOMERS), customers::add);
        for (Path file : files.of(Kind.TRANSACTIONS)) {
            RecordFormat format = input.format()
                    .or(() -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                    .orElse(RecordFormat.WHITESPACE);
            records.read(
                    ClvCommand.transactions(format, null, null, input.zone()),
                    List.of(file),
                    transactions::add);
        }

        HtmlReport page = new HtmlReport("Customer experience report");
        Scorecard npsByMonth = scorecard(
                ScoreMetric.nps(),
                responses,
                List.of(GroupKey.period(CalendarPeriod.MONTH, input.zone())));
        headline(page, "NPS", ScoreMetric.nps(), responses, value -> Numbers.fixed(value, 1));
        headline(page, "CSAT (top 2 boxes)", ScoreMetric.csat(), responses, Numbers::percent);
        headline(
                page,
                "CES (mean, 1..7)",
                ScoreMetric.cesMean(),
                responses,
                value -> Numbers.fixed(value, 2));
        customerHeadline(page, customers);
        transactionHeadline(page, transactions);
        if (!npsByMonth.isEmpty()) {
            page.section(
                    "trend",
                    "NPS by month",
                    Charts.trend(
                            "NPS by month (" + Numbers.percent(level) + " interval band)",
                            "NPS",
                            estimates(npsByMonth)),
                    null,
                    "Adjusted-Wald intervals; months with fewer than " + npsByMonth.minimumN()
                            + " responses are flagged in cx nps.");
        }
        Scorecard npsByTouchpoint =
                scorecard(ScoreMetric.nps(), responses, List.of(GroupKey.touchpoint()));
        if (!npsByTouchpoint.isEmpty()) {
            page.section(
                    "scorecard",
                    "Scorecard by touchpoint",
                    Charts.bars("NPS by touchpoint", "NPS", estimates(npsByTouchpoint)),
                    touchpointTable(
                            npsByTouchpoint,
                            scorecard(
                                    ScoreMetric.csat(), responses, List.of(GroupKey.touchpoint()))),
                    null);
        }
        if (!files.of(Kind.TOUCHPOINTS).isEmpty()) {
            JourneyAnalysis journeys = JourneyAnalysis.of(
                    journey.catalogue(files.of(Kind.TOUCHPOINTS).get(0)),
                    journey.repeatContact(),
                    interactions,
                    responses);
            page.section(
                    "funnel",
                    "Stage funnel",
                    Charts.bars(
                            "Customers reaching each stage",
                            "customers",
                            funnelBars(journeys.funnel())),
                    JourneyTables.funnel(journeys.funnel(), level, "Stage funnel")
                            .text(),
                    null);
            page.section(
                    "friction",
                    "Friction ranking",
                    Charts.bars(
                            "Friction score by touchpoint",
                            "friction score",
                            journeys.friction().ranking().stream()
                                    .map(r -> new Charts.Estimate(
                                            r.touchpoint().id(), r.score(), r.score(), r.score()))
                                    .toList()),
                    JourneyTables.friction(journeys.friction(), "Friction ranking")
                            .text(),
                    "Touchpoints ranked by how far their friction signals exceed the base rates.");
            CommentsSection.addFriction(page, journeys.friction(), responses, analyzer(), 5, 5);
        }
        CommentsSection.add(page, responses, analyzer(), 8);
        drivers.ifPresent(file -> driverSection(page, file, records));
        Files.writeString(html, page.render(), StandardCharsets.UTF_8);
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s (%,d responses, %,d interactions, %,d customers, %,d transactions)%n",
                        html,
                        responses.size(),
                        interactions.size(),
                        customers.size(),
                        transactions.size());
        spec.commandLine().getOut().flush();
        return records.finish();
    }

    /** The churned share of the customers read, with its Wilson interval. */
    private void customerHeadline(HtmlReport page, List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        Proportion churned = new Proportion(
                "churned",
                customers.stream().filter(c -> c.churnedAt().isPresent()).count(),
                customers.size());
        Interval interval = churned.interval(level);
        page.headline(
                "Customers churned",
                Numbers.percent(churned.value()),
                Numbers.percent(level) + " interval [" + Numbers.percent(interval.lower()) + ", "
                        + Numbers.percent(interval.upper()) + "]"
                        + String.format(
                                Locale.ROOT,
                                ", %,d of %,d customers",
                                churned.count(),
                                churned.n()));
    }

    /** How many transactions by how many customers, and their total amount. */
    private static void transactionHeadline(
            HtmlReport page, List<ClvCommand.Transaction> transactions) {
        if (transactions.isEmpty()) {
            return;
        }
        long buyers = transactions.stream()
                .map(ClvCommand.Transaction::customer)
                .distinct()
                .count();
        double total = transactions.stream()
                .mapToDouble(ClvCommand.Transaction::amount)
                .sum();
        page.headline(
                "Transactions",
                String.format(Locale.ROOT, "%,d", transactions.size()),
                String.format(
                        Locale.ROOT, "by %,d customers, amounts summing to %,.2f", buyers, total));
    }

    private dev.cxkit.text.lucene.CommentAnalyzer analyzer() {
        try {
            return dev.cxkit.text.lucene.CommentAnalyzer.of(language);
        } catch (IllegalArgumentException bad) {
            throw new dev.cxkit.cli.UsageException("--language: " + bad.getMessage());
        }
    }

    private void headline(
            HtmlReport page,
            String label,
            ScoreMetric metric,
            List<SurveyResponse> responses,
            java.util.function.DoubleFunction<String> format) {
        Scorecard total = scorecard(metric, responses, List.of());
        if (total.isEmpty()) {
            return;
        }
        ScorecardRow row = total.total();
        String interval = row.interval()
                .map(i -> Numbers.percent(level) + " interval [" + format.apply(i.lower()) + ", "
                        + format.apply(i.upper()) + "]")
                .orElse("");
        page.headline(
                label,
                format.apply(row.value()),
                interval + String.format(Locale.ROOT, ", n = %,d", row.n()));
    }

    private Scorecard scorecard(
            ScoreMetric metric, List<SurveyResponse> responses, List<GroupKey> keys) {
        GroupedScoreAccumulator groups = GroupedScoreAccumulator.create(metric.scale(), keys);
        for (SurveyResponse response : responses) {
            if (response.scale().equals(metric.scale())) {
                groups.add(response);
            }
        }
        return Scorecard.of(metric, groups.snapshot(), level, Scorecard.DEFAULT_MINIMUM_N);
    }

    private static List<Charts.Estimate> estimates(Scorecard scorecard) {
        return scorecard.rows().stream()
                .map(row -> {
                    return new Charts.Estimate(
                            String.join(" ", row.key()),
                            row.value(),
                            row.interval().map(Interval::lower).orElse(row.value()),
                            row.interval().map(Interval::upper).orElse(row.value()));
                })
                .toList();
    }

    private static TextTable touchpointTable(Scorecard nps, Scorecard csat) {
        TextTable table = new TextTable(List.of(
                "touchpoint", "NPS n", "NPS", "NPS interval", "CSAT n", "CSAT", "CSAT interval"));
        for (ScorecardRow row : nps.rows()) {
            Optional<ScorecardRow> satisfaction = csat.row(row.key());
            table.row(List.of(
                    row.key().get(0),
                    Long.toString(row.n()),
                    Numbers.fixed(row.value(), 1),
                    row.interval().map(i -> Numbers.interval(i, 1)).orElse("-"),
                    satisfaction.map(s -> Long.toString(s.n())).orElse("0"),
                    satisfaction.map(s -> Numbers.percent(s.value())).orElse("-"),
                    satisfaction
                            .flatMap(ScorecardRow::interval)
                            .map(Numbers::percentInterval)
                            .orElse("-")));
        }
        return table;
    }

    private static List<Charts.Estimate> funnelBars(Funnel funnel) {
        List<Charts.Estimate> bars = new ArrayList<>();
        for (Stage stage : funnel.stages().stages()) {
            double reached = funnel.reached(stage);
            bars.add(new Charts.Estimate(stage.name(), reached, reached, reached));
        }
        return bars;
    }

    private void driverSection(HtmlReport page, Path file, RecordInput records) {
        DriverReport report = KeyDriverAnalysis.create()
                .analyze(
                        new DriverColumns(outcome, List.of(), List.of(), Map.of(), Optional.empty())
                                .read(records, input, file)
                                .data());
        List<Charts.Point> points = new ArrayList<>();
        for (DriverImportance driver : report.drivers()) {
            points.add(new Charts.Point(
                    driver.name(), driver.performance(), driver.relativeWeight().share()));
        }
        page.section(
                "drivers",
                "Key drivers of " + outcome,
                Charts.quadrant(
                        "Importance versus performance",
                        "performance (normalized mean rating)",
                        "importance (share of R^2)",
                        points,
                        report.quadrantThresholds().performance(),
                        report.quadrantThresholds().importanceShare()),
                DriversCommand.table(report, "Key drivers").text(),
                String.format(
                        Locale.ROOT,
                        "R^2 %.3f from %d respondents.",
                        report.rSquared(),
                        report.respondentsUsed()));
    }
}
