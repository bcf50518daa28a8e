package dev.cxkit.cli.command;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.input.DriverColumns;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code cx drivers}: key driver analysis of a CSV of ratings and an outcome. */
@Command(
        name = "drivers",
        mixinStandardHelpOptions = true,
        description = "Key drivers of an outcome (e.g. likelihood to recommend): correlations, "
                + "Johnson's relative weights and Shapley values with bootstrap intervals, a "
                + "noise-driver check and importance-versus-performance quadrants.")
public final class DriversCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(paramLabel = "CSV", description = "Ratings, one row per respondent, with a header.")
    private Path file;

    @Option(
            names = "--outcome",
            required = true,
            paramLabel = "COLUMN",
            description = "The outcome column.")
    private String outcome;

    @Option(
            names = "--drivers",
            split = ",",
            paramLabel = "COLUMN",
            description = "Driver columns (default: every other column).")
    private List<String> drivers = List.of();

    @Option(
            names = "--missing",
            paramLabel = "VALUE",
            description = "A value that marks a missing answer, e.g. 99 (empty cells always do).")
    private Double missing;

    @Option(
            names = "--resamples",
            defaultValue = "1000",
            description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(
            names = "--seed",
            defaultValue = "20000101",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        InputOptions.readable(List.of(file));
        DriverReport report = KeyDriverAnalysis.builder()
                .bootstrapResamples(resamples)
                .seed(seed)
                .build()
                .analyze(DriverColumns.read(file, outcome, drivers, missing));
        String title = String.format(
                java.util.Locale.ROOT,
                "Key drivers of %s: R^2 %.4f, %d of %d respondents used (%s)",
                report.outcomeName(),
                report.rSquared(),
                report.respondentsUsed(),
                report.respondents(),
                report.missingPolicy());
        Table table = table(report, title);
        for (DroppedDriver dropped : report.dropped()) {
            table.note("dropped " + dropped.name() + ": " + dropped.reason());
        }
        output.print(spec.commandLine().getOut(), table, Map.of("drivers", report));
        return Cx.OK;
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
                    driver.quadrant().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return table;
    }
}
