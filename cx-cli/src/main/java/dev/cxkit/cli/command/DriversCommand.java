package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DriverColumns;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.input.ThreadsOption;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.drivers.CategoricalDriver;
import dev.cxkit.drivers.DriverDesign;
import dev.cxkit.drivers.DriverImportance;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.drivers.DroppedDriver;
import dev.cxkit.drivers.Importance;
import dev.cxkit.drivers.KeyDriverAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cx drivers}: key driver analysis of a file of ratings and an outcome, the outcome
 * numbers or yes/no values, drivers numbers or categories (coded by {@link DriverDesign}).
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "drivers",
        mixinStandardHelpOptions = true,
        description = {
            "Key drivers of an outcome (e.g. likelihood to recommend, or churn Yes/No): "
                    + "correlations, Johnson's relative weights and Shapley values with bootstrap "
                    + "intervals, a noise-driver check and importance-versus-performance quadrants.",
            "An outcome of Yes/No, true/false, Y/N or 1/0 (any case) is coded 1/0. A driver column "
                    + "is numeric when at least half of its non-empty cells are numbers (a cell "
                    + "that is not is then a bad record), else categorical: one 0/1 column per "
                    + "level, named COLUMN=LEVEL, against a reference level (the first in sorted "
                    + "order unless --reference names one)."
        })
public final class DriversCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Mixin
    private ThreadsOption threads;

    @Parameters(
            paramLabel = "FILE",
            description = "Ratings, one row per respondent: CSV with a header (or, by its name or "
                    + "--input-format, TSV, NDJSON or a JSON array).")
    private Path file;

    @Option(
            names = "--outcome",
            required = true,
            paramLabel = "COLUMN",
            description = "The outcome column: numbers, or yes/no values (Yes/No, true/false, Y/N "
                    + "or 1/0 in any case) coded 1/0.")
    private String outcome;

    @Option(
            names = "--drivers",
            split = ",",
            paramLabel = "COLUMN",
            description = "Driver columns (default: every other column).")
    private List<String> drivers = List.of();

    @Option(
            names = "--categorical",
            split = ",",
            paramLabel = "COLUMN",
            description = "Driver columns to read as categories even when they hold numbers, "
                    + "e.g. region codes 1..4.")
    private List<String> categorical = List.of();

    @Option(
            names = "--reference",
            paramLabel = "COLUMN=LEVEL",
            description = "Reference level of a categorical driver (default: its first level in "
                    + "sorted order), e.g. --reference Contract=Month-to-month (repeatable).")
    private Map<String, String> references = new LinkedHashMap<>();

    @Option(
            names = "--missing",
            paramLabel = "VALUE",
            description = "A number that marks a missing answer, e.g. 99 (empty cells always do).")
    private Optional<Double> missing = Optional.empty();

    @Option(
            names = "--resamples",
            defaultValue = "1000",
            description = "Bootstrap resamples, >= 0 (default ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(
            names = "--seed",
            defaultValue = "20000101",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (resamples < 0) {
            throw new UsageException("--resamples must be >= 0, was " + resamples);
        }
        RecordInput records = new RecordInput(input, spec.commandLine().getErr());
        DriverDesign design = new DriverColumns(outcome, drivers, categorical, references, missing)
                .read(records, input, file, threads.count());
        DriverReport report = analyze(design);
        String title = String.format(
                Locale.ROOT,
                "Key drivers of %s%s: R^2 %.4f, %d of %d respondents used (%s)",
                report.outcomeName(),
                design.outcomeCoding() == DriverDesign.OutcomeCoding.YES_NO
                        ? " (yes = 1, no = 0)"
                        : "",
                report.rSquared(),
                report.respondentsUsed(),
                report.respondents(),
                report.missingPolicy());
        Table table = table(report, title);
        for (CategoricalDriver driver : design.categorical()) {
            table.note(driver.name() + ": each level against " + driver.reference()
                    + " (the reference level)");
        }
        for (DroppedDriver dropped : design.dropped()) {
            table.note("dropped " + dropped.name() + ": " + dropped.reason());
        }
        for (DroppedDriver dropped : report.dropped()) {
            table.note("dropped " + dropped.name() + ": " + dropped.reason());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("drivers", report);
        json.put(
                "outcomeCoding",
                design.outcomeCoding().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("categorical", design.categorical());
        json.put("notCoded", design.dropped());
        output.print(spec.commandLine().getOut(), table, json);
        return records.finish();
    }

    private DriverReport analyze(DriverDesign design) {
        try {
            return KeyDriverAnalysis.builder()
                    .bootstrapResamples(resamples)
                    .seed(seed)
                    .build()
                    .analyze(design.data());
        } catch (IllegalArgumentException unusable) {
            throw new UsageException("'" + file + "': " + unusable.getMessage(), unusable);
        }
    }

    static Table table(DriverReport report, String title) {
        Table table = Table.of("drivers", title)
                .text("driver", "driver")
                .number("pearson", "pearson", 3)
                .number("relativeWeight", "relative weight", 4)
                .percent("share", "share")
                .interval("share", "share interval", Numbers::percent)
                .percent("beatsNoise", "beats noise")
                .number("shapley", "shapley", 4)
                .percent("performance", "performance")
                .text("quadrant", "quadrant");
        for (DriverImportance driver : report.drivers()) {
            Importance weight = driver.relativeWeight();
            table.row(
                    driver.name(),
                    driver.pearson(),
                    weight.value(),
                    weight.share(),
                    weight.bootstrap().map(b -> b.share()),
                    weight.bootstrap().map(b -> b.beatsNoiseShare()).orElse(null),
                    driver.shapley().value(),
                    driver.performance(),
                    driver.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return table;
    }
}
