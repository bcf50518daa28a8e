package dev.cxkit.cli.command;

import dev.cxkit.cli.input.Touchpoints;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.StageModel;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The stage model and repeat-contact window of journey analytics. */
final class JourneyOptions {

    @Option(
            names = "--stages",
            paramLabel = "MODEL",
            defaultValue = "detailed",
            description = "Stage model: detailed, default, or stage names in order separated "
                    + "by commas (default ${DEFAULT-VALUE}).")
    String stages;

    @Option(
            names = "--repeat-window",
            paramLabel = "DURATION",
            defaultValue = "P2D",
            description = "A contact at the same touchpoint within this ISO-8601 duration "
                    + "counts as a repeat contact (default ${DEFAULT-VALUE}).")
    Duration repeatWindow;

    /** The stage model named by {@code --stages}. */
    StageModel stageModel() {
        return switch (stages.toLowerCase(Locale.ROOT)) {
            case "detailed" -> StageModel.DETAILED;
            case "default" -> StageModel.DEFAULT;
            default -> StageModel.of(stages.split(","));
        };
    }

    /** The catalogue of the touchpoints in {@code file}, on the stage model. */
    TouchpointCatalogue catalogue(Path file) {
        return TouchpointCatalogue.of(stageModel(), Touchpoints.read(file));
    }

    /** Contacts at the same touchpoint within the window count as repeats. */
    RepeatContact repeatContact() {
        return RepeatContact.within(repeatWindow);
    }
}
