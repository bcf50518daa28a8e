package dev.cxkit.cli.command;

import dev.cxkit.cli.Choices;
import dev.cxkit.cli.Cx;
import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DataFiles;
import dev.cxkit.cli.input.DataFiles.Kind;
import dev.cxkit.cli.input.DriverColumns;
import dev.cxkit.cli.input.DurationEventOptions;
import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.input.ThreadsOption;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.cli.report.Provenance;
import dev.cxkit.cli.report.Section;
import dev.cxkit.drivers.KeyDriverAnalysis;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ReadReport;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.Adjustment;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cx report}: one self-contained HTML page with the headline metrics and their
 * intervals, the NPS, CSAT and CES trends with their interval bands, their scorecards by
 * touchpoint, the stage
 * funnel, the friction ranking, churn and survival of customer records or of a churn table,
 * lifetime value of a transaction log and, given a driver file, the driver quadrant.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "A self-contained HTML report: where its numbers come from; headline NPS/CSAT/CES "
                    + "with intervals; NPS, CSAT and CES by month (those with responses) with "
                    + "their interval bands, small months marked and significant changes "
                    + "flagged; their scorecards by touchpoint with whiskers; stage funnel and friction ranking (with interactions and "
                    + "touchpoints); monthly churn, cohort retention and survival by plan (with "
                    + "customers); churn within a year and survival by group (with a churn table: "
                    + "--duration, --event); lifetime value (with transactions); key drivers with signed "
                    + "effects (from --drivers, else from the journey); what customers say (with "
                    + "comments).",
            "Files are given by flag whatever their names, or as DATA: files and directories "
                    + "whose files are told apart by their content (the header or first record): "
                    + "responses have a score, interactions a touchpointId and an outcome, "
                    + "touchpoints a channel, customers an acquiredAt, transactions a customerId, "
                    + "a time and an amount, a churn table the columns of --duration and "
                    + "--event."
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
                    + "transactions or a churn table.")
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

    @Option(
            names = "--churn-table",
            paramLabel = "FILE",
            split = ",",
            description = "Churn tables (one row per customer: a tenure and whether the customer "
                    + "churned, as cx survival reads them), whatever their names (repeatable); "
                    + "needs --duration and --event.")
    private List<Path> churnTableFiles = List.of();

    @Mixin
    private DurationEventOptions lifetimes;

    @Option(
            names = "--churn-by",
            paramLabel = "COLUMN",
            description = "Column of the churn table whose values split its customers into "
                    + "groups compared by the log-rank test, e.g. Contract (default: one group).")
    private Optional<String> churnBy = Optional.empty();

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "Page to write.")
    private Path html;

    @Mixin
    private JourneyOptions journey;

    @Mixin
    private ThreadsOption threads;

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

    @Option(
            names = "--driver-columns",
            paramLabel = "COLUMNS",
            split = ",",
            description = "Driver columns of --drivers (default: every column but --outcome).")
    private List<String> driverColumns = List.of();

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level of every interval (default ${DEFAULT-VALUE}).")
    private double level;

    @Option(
            names = "--min-n",
            defaultValue = "30",
            paramLabel = "N",
            description = "Rates on fewer observations are marked as small samples (hatched or "
                    + "hollow, with their n); default ${DEFAULT-VALUE}.")
    private long minimumN;

    @Option(
            names = "--adjust",
            defaultValue = "holm",
            converter = SurveyMetricCommand.AdjustmentConverter.class,
            description = "Multiple-comparison adjustment of the flagged changes: none, "
                    + "bonferroni, holm or bh (Benjamini-Hochberg); default ${DEFAULT-VALUE}.")
    private Adjustment adjustment;

    @Option(
            names = "--scale",
            paramLabel = "SCALE",
            description = "Scale of every score when the response files have no instrument "
                    + "column: nps (0..10), csat (1..5), ces (1..7) or ces-legacy (1..5).")
    private Optional<String> scale = Optional.empty();

    @Option(
            names = "--calibration-end",
            paramLabel = "DATE",
            description = "Last day (yyyy-MM-dd) of the period the lifetime-value models are "
                    + "fitted on (default: two thirds through the days the transactions span, "
                    + "the rest held out, for a log of at least 90 days; else its last day).")
    private Optional<LocalDate> calibrationEnd = Optional.empty();

    @Option(
            names = "--holdout-end",
            paramLabel = "DATE",
            description = "Last day (yyyy-MM-dd) of a holdout period after --calibration-end: "
                    + "adds the chart of predicted against actual holdout purchases (default "
                    + "with the default --calibration-end: the last day of the transactions).")
    private Optional<LocalDate> holdoutEnd = Optional.empty();

    @Option(
            names = "--no-holdout",
            description = "Fit the lifetime-value models on all transactions and leave out the "
                    + "holdout check (instead of the default split).")
    private boolean noHoldout;

    @Option(
            names = "--sort",
            defaultValue = "nps",
            converter = SortConverter.class,
            description = "Order of the touchpoint scorecards: nps (each by its metric, NPS, "
                    + "CSAT or CES, highest first) or impact (n x gap to the overall value, "
                    + "largest first); default ${DEFAULT-VALUE}.")
    private SurveySections.Sort sort;

    @Option(
            names = "--language",
            defaultValue = dev.cxkit.text.lucene.CommentAnalyzer.PLAIN,
            paramLabel = "CODE",
            description = "ISO 639-1 language of comments (default "
                    + "${DEFAULT-VALUE}: plain Unicode words).")
    private String language;

    @Override
    public Integer call() throws IOException {
        if (noHoldout && (calibrationEnd.isPresent() || holdoutEnd.isPresent())) {
            throw new UsageException("--no-holdout fits on all transactions: leave out "
                    + "--calibration-end and --holdout-end, or --no-holdout");
        }
        if (holdoutEnd.isPresent()
                && (calibrationEnd.isEmpty() || !holdoutEnd.get().isAfter(calibrationEnd.get()))) {
            throw new UsageException("--holdout-end needs --calibration-end before it, was "
                    + holdoutEnd.get() + " with "
                    + calibrationEnd.map(LocalDate::toString).orElse("no --calibration-end"));
        }
        if (!churnTableFiles.isEmpty() && !lifetimes.active()) {
            throw new UsageException("--churn-table needs --duration COLUMN (the customer's "
                    + "tenure) and --event COLUMN[=VALUE] (whether the customer churned)");
        }
        if (churnBy.isPresent() && !lifetimes.active()) {
            throw new UsageException(
                    "--churn-by groups a churn table: give it with " + "--duration and --event");
        }
        DataFiles files = DataFiles.find(
                data,
                Map.of(
                        Kind.RESPONSES, responseFiles,
                        Kind.INTERACTIONS, interactionFiles,
                        Kind.TOUCHPOINTS, touchpointFile.stream().toList(),
                        Kind.CUSTOMERS, customerFiles,
                        Kind.TRANSACTIONS, transactionFiles,
                        Kind.CHURN_TABLE, churnTableFiles),
                lifetimes.columns(),
                input,
                spec.commandLine().getErr());
        List<SurveyResponse> responses = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        List<ClvCommand.Transaction> transactions = new ArrayList<>();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr());
        List<String> kinds = new ArrayList<>();
        int readers = threads.count();
        records.read(
                scale.map(CommentsCommand::scaleNamed)
                        .map(CxReader::surveyResponses)
                        .orElseGet(CxReader::surveyResponses),
                files.of(Kind.RESPONSES),
                readers,
                responses::add);
        kinds(kinds, records, Kind.RESPONSES);
        records.read(
                CxReader.interactions(), files.of(Kind.INTERACTIONS), readers, interactions::add);
        kinds(kinds, records, Kind.INTERACTIONS);
        records.read(CxReader.customers(), files.of(Kind.CUSTOMERS), readers, customers::add);
        kinds(kinds, records, Kind.CUSTOMERS);
        for (Path file : files.of(Kind.TRANSACTIONS)) {
            RecordFormat format = input.format()
                    .or(() -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                    .orElse(RecordFormat.WHITESPACE);
            records.readOwnShape(
                    ClvCommand.transactions(format, null, null, input.zone()),
                    List.of(file),
                    transactions::add);
            kinds(kinds, records, Kind.TRANSACTIONS);
        }
        Optional<ChurnTable> churnTable = Optional.empty();
        if (!files.of(Kind.CHURN_TABLE).isEmpty()) {
            churnTable = Optional.of(lifetimes.readOwnShape(
                    records, files.of(Kind.CHURN_TABLE), churnBy.stream().toList()));
            kinds(kinds, records, Kind.CHURN_TABLE);
        }

        HtmlReport page = new HtmlReport("Customer experience report")
                .provenance(provenance(
                        records, kinds, responses, interactions, customers, transactions));
        SurveySections survey =
                new SurveySections(responses, level, minimumN, adjustment, input.zone());
        survey.headlines(page);
        customerHeadline(page, customers);
        transactionHeadline(page, transactions);
        survey.trends().forEach(page::section);
        survey.scorecards(sort).forEach(page::section);
        if (!files.of(Kind.TOUCHPOINTS).isEmpty()) {
            JourneyAnalysis journeys = JourneyAnalysis.of(
                    journey.catalogue(files.of(Kind.TOUCHPOINTS).get(0)),
                    journey.repeatContact(),
                    interactions,
                    responses);
            page.section(JourneySections.funnel(journeys.funnel(), level));
            page.section(JourneySections.friction(journeys.friction()));
            CommentsSection.addFriction(page, journeys.friction(), responses, analyzer(), 5, 5);
        }
        Instant asOf = observedAt(responses, interactions, customers, transactions);
        ChurnSections.of(customers, input.zone(), asOf, level, minimumN).ifPresent(page::section);
        if (!customers.isEmpty()) {
            SurvivalSection.of(customers, asOf, level, minimumN).ifPresent(page::section);
        }
        churnTable.filter(table -> table.size() > 0).ifPresent(table -> {
            page.section(
                    ChurnSections.ofChurnTable(table, churnBy, lifetimes.unit(), level, minimumN));
            page.section(SurvivalSection.ofChurnTable(
                    table, churnBy, lifetimes.unit(), level, minimumN));
        });
        if (!transactions.isEmpty()) {
            Optional<ClvSection.Split> split = calibrationEnd.isPresent() || noHoldout
                    ? Optional.empty()
                    : ClvSection.defaultSplit(transactions);
            try {
                Section clv = ClvSection.of(
                        transactions,
                        input.zone(),
                        split.map(ClvSection.Split::calibrationEnd).or(() -> calibrationEnd),
                        split.map(ClvSection.Split::holdoutEnd).or(() -> holdoutEnd),
                        level,
                        minimumN);
                split.ifPresent(chosen -> clv.note("By default the models are fitted on the "
                        + "first two thirds of the days the transactions span, to "
                        + chosen.calibrationEnd() + ", and checked on the rest, to "
                        + chosen.holdoutEnd() + ": --calibration-end and --holdout-end choose "
                        + "another split, --no-holdout fits on all transactions."));
                page.section(clv);
            } catch (IllegalArgumentException | IllegalStateException | UsageException cannot) {
                page.section(Section.of("clv", "Customer lifetime value")
                        .note("Not computed from these transactions: " + cannot.getMessage()));
            }
        }
        KeyDriverAnalysis analysis =
                KeyDriverAnalysis.builder().confidenceLevel(level).build();
        if (drivers.isPresent()) {
            page.section(DriverSection.of(
                    analysis.analyze(new DriverColumns(
                                    outcome, driverColumns, List.of(), Map.of(), Optional.empty())
                            .read(records, input, drivers.get(), readers)
                            .data()),
                    outcome,
                    level));
        } else {
            JourneyDrivers.of(interactions, responses, (int) Math.max(minimumN, 30))
                    .ifPresent(data -> page.section(DriverSection.of(
                            analysis.analyze(data), JourneyDrivers.OUTCOME, level)));
        }
        CommentsSection.add(page, responses, analyzer(), 8);
        Files.writeString(html, page.render(), StandardCharsets.UTF_8);
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s (%,d responses, %,d interactions, %,d customers, %,d transactions"
                                + "%s)%n",
                        html,
                        responses.size(),
                        interactions.size(),
                        customers.size(),
                        transactions.size(),
                        churnTable
                                .map(table -> String.format(
                                        Locale.ROOT, ", %,d churn-table rows", table.size()))
                                .orElse(""));
        spec.commandLine().getOut().flush();
        return records.finish();
    }

    /** The latest instant of any record: the data are taken as observed then. */
    private static Instant observedAt(
            List<SurveyResponse> responses,
            List<Interaction> interactions,
            List<Customer> customers,
            List<ClvCommand.Transaction> transactions) {
        Instant latest = Instant.MIN;
        for (SurveyResponse response : responses) {
            latest = later(latest, response.time());
        }
        for (Interaction interaction : interactions) {
            latest = later(latest, interaction.time());
        }
        for (Customer customer : customers) {
            latest = later(latest, customer.churnedAt().orElse(customer.acquiredAt()));
        }
        for (ClvCommand.Transaction transaction : transactions) {
            latest = later(
                    latest,
                    transaction.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Names what the files read since the last call hold. */
    private static void kinds(List<String> kinds, RecordInput records, Kind kind) {
        while (kinds.size() < records.reports().size()) {
            kinds.add(kind.label());
        }
    }

    /** The sources read, the days their records cover and how the numbers were computed. */
    private Provenance provenance(
            RecordInput records,
            List<String> kinds,
            List<SurveyResponse> responses,
            List<Interaction> interactions,
            List<Customer> customers,
            List<ClvCommand.Transaction> transactions) {
        List<Provenance.Source> sources = new ArrayList<>();
        List<ReadReport> reports = records.reports();
        for (int i = 0; i < reports.size(); i++) {
            ReadReport report = reports.get(i);
            sources.add(new Provenance.Source(
                    report.source(), kinds.get(i), report.read(), report.rejected()));
        }
        List<Instant> times = new ArrayList<>();
        responses.forEach(response -> times.add(response.time()));
        interactions.forEach(interaction -> times.add(interaction.time()));
        customers.forEach(customer -> times.add(customer.acquiredAt()));
        customers.forEach(customer -> customer.churnedAt().ifPresent(times::add));
        transactions.forEach(transaction ->
                times.add(transaction.date().atStartOfDay(input.zone()).toInstant()));
        Optional<LocalDate> first = times.stream()
                .min(Instant::compareTo)
                .map(t -> t.atZone(input.zone()).toLocalDate());
        Optional<LocalDate> last = times.stream()
                .max(Instant::compareTo)
                .map(t -> t.atZone(input.zone()).toLocalDate());
        String version = Optional.ofNullable(Cx.class.getPackage().getImplementationVersion())
                .orElse("development");
        return new Provenance(
                sources,
                first,
                last,
                Instant.now(),
                version,
                "NPS adjusted Wald (Bonett-Price adjusted counts), CSAT and other shares Wilson, "
                        + "means t, survival log-log (Greenwood), driver importance bootstrap "
                        + "percentile; changes by two-sample tests, p-values "
                        + adjustment.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "-adjusted",
                level,
                minimumN);
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

    /** Accepts nps or impact in any case. */
    static final class SortConverter
            implements picocli.CommandLine.ITypeConverter<SurveySections.Sort> {
        @Override
        public SurveySections.Sort convert(String value) {
            return Choices.of(SurveySections.Sort.class, value);
        }
    }
}
