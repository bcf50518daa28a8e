package dev.cxkit.cli.command;

import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.input.ThreadsOption;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.SurveyResponse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code cx journey}: stage funnel, friction ranking and service levels from event files.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "journey",
        mixinStandardHelpOptions = true,
        description = "Where the journey hurts: the stage funnel (reach, conversion, time "
                + "between stages), touchpoints ranked by friction evidence, and service "
                + "levels per touchpoint.")
public final class JourneyCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Mixin
    private JourneyOptions journey;

    @Mixin
    private ThreadsOption threads;

    @Option(
            names = "--touchpoints",
            paramLabel = "FILE",
            required = true,
            description = "Touchpoints, one JSON object per line (as written by cx sample).")
    private Path touchpoints;

    @Parameters(paramLabel = "INTERACTIONS", arity = "1..*", description = "Interaction files.")
    private List<Path> interactionFiles;

    @Option(
            names = "--responses",
            paramLabel = "FILE",
            split = ",",
            description = "Survey response files (for satisfaction and effort evidence).")
    private List<Path> responseFiles = List.of();

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level (default ${DEFAULT-VALUE}).")
    private double level;

    @Override
    public Integer call() {
        List<Interaction> interactions = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        int readers = threads.count();
        RecordInput records = new RecordInput(input, spec.commandLine().getErr())
                .read(CxReader.interactions(), interactionFiles, readers, interactions::add)
                .read(CxReader.surveyResponses(), responseFiles, readers, responses::add);
        JourneyAnalysis analysis = JourneyAnalysis.of(
                journey.catalogue(touchpoints), journey.repeatContact(), interactions, responses);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("journeys", analysis.journeys());
        json.put("funnel", analysis.funnel());
        json.put("friction", analysis.friction().ranking());
        json.put("service", analysis.serviceByTouchpoint());
        output.print(
                spec.commandLine().getOut(),
                List.of(
                        JourneyTables.funnel(
                                analysis.funnel(),
                                level,
                                "Stage funnel (" + analysis.journeys() + " journeys)"),
                        JourneyTables.friction(
                                analysis.friction(), "Friction ranking (highest first)"),
                        JourneyTables.service(
                                analysis.serviceByTouchpoint(),
                                level,
                                "Service levels by touchpoint")),
                json);
        return records.finish();
    }
}
