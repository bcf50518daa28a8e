package dev.cxkit.cli;

import dev.cxkit.json.CxJson;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;

/** The touchpoint catalogue and stage model that journey analytics look events up in. */
final class JourneyOptions {

    @Option(names = "--touchpoints", paramLabel = "FILE", required = true,
            description = "Touchpoints, one JSON object per line (as written by cx sample).")
    Path touchpoints;

    @Option(names = "--stages", paramLabel = "MODEL", defaultValue = "detailed",
            description = "Stage model: detailed, default, or stage names in order separated "
                    + "by commas (default ${DEFAULT-VALUE}).")
    String stages;

    @Option(names = "--repeat-window", paramLabel = "DURATION", defaultValue = "P2D",
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

    /** The catalogue read from {@code --touchpoints}. */
    TouchpointCatalogue catalogue() {
        if (!Files.isReadable(touchpoints)) {
            throw new UsageException("cannot read file '" + touchpoints + "'");
        }
        List<Touchpoint> list = new ArrayList<>();
        try (MappingIterator<Touchpoint> values = CxJson.mapper().readerFor(Touchpoint.class)
                .readValues(touchpoints.toFile())) {
            values.forEachRemaining(list::add);
        } catch (JacksonException failed) {
            throw new UsageException("cannot read touchpoints from '" + touchpoints + "': "
                    + failed.getMessage(), failed);
        }
        return TouchpointCatalogue.of(stageModel(), list);
    }
}
