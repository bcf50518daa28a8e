package dev.cxkit.cli.command;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DriverColumns;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.TextTable;
import dev.cxkit.drivers.DriverImportance;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.drivers.DroppedDriver;
import dev.cxkit.drivers.Importance;
import dev.cxkit.drivers.KeyDriverAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cx drivers}: key driver analysis of a CSV of ratings and an outcome. */
@Command(name = "drivers", mixinStandardHelpOptions = true,
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

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
            description = "The outcome column.")
    private String outcome;

    @Option(names = "--drivers", split = ",", paramLabel = "COLUMN",
            description = "Driver columns (default: every other column).")
    private List<String> drivers = List.of();

    @Option(names = "--missing", paramLabel = "VALUE",
            description = "A value that marks a missing answer, e.g. 99 (empty cells always do).")
    private Double missing;

    @Option(names = "--resamples", defaultValue = "1000",
            description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "20000101",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isReadable(file)) {
            throw new UsageException("cannot read file '" + file + "'");
        }
        DriverReport report = KeyDriverAnalysis.builder().bootstrapResamples(resamples).seed(seed)
                .build().analyze(DriverColumns.read(file, outcome, drivers, missing));
        String title = String.format(java.util.Locale.ROOT,
                "Key drivers of %s: R^2 %.4f, %d of %d respondents used (%s)",
                report.outcomeName(), report.rSquared(), report.respondentsUsed(),
                report.respondents(), report.missingPolicy());
        for (DroppedDriver dropped : report.dropped()) {
            title += System.lineSeparator() + "dropped " + dropped.name() + ": " + dropped.reason();
        }
        output.print(spec.commandLine().getOut(), title, table(report), report);
        return Cx.OK;
    }

    static TextTable table(DriverReport report) {
        TextTable table = new TextTable(List.of("driver", "pearson", "relative weight", "share",
                "share interval", "beats noise", "shapley", "performance", "quadrant"));
        for (DriverImportance driver : report.drivers()) {
            Importance weight = driver.relativeWeight();
            List<String> row = new ArrayList<>(List.of(driver.name(),
                    Numbers.fixed(driver.pearson(), 3), Numbers.fixed(weight.value(), 4),
                    Numbers.percent(weight.share())));
            row.add(weight.bootstrap().map(b -> Numbers.percentInterval(b.share())).orElse("-"));
            row.add(weight.bootstrap().map(b -> Numbers.percent(b.beatsNoiseShare())).orElse("-"));
            row.add(Numbers.fixed(driver.shapley().value(), 4));
            row.add(Numbers.percent(driver.performance()));
            row.add(driver.quadrant().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            table.row(row);
        }
        return table;
    }
}
