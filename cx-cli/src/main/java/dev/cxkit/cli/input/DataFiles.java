package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The input files of a report, sorted by what they hold according to their names:
 * {@code responses*}, {@code interactions*}, {@code touchpoints*}. A directory stands for the
 * files in it, as {@code cx sample} writes them.
 */
public record DataFiles(List<Path> responses, List<Path> interactions, List<Path> touchpoints) {

    /**
     * The files named by flag ({@code responses}, {@code interactions}, {@code touchpoint}),
     * whatever their names, and those among {@code paths} sorted by their names.
     *
     * @throws UsageException for a path that does not exist, a file whose name says nothing,
     *     no responses, or more than one touchpoint file
     */
    public static DataFiles find(
            List<Path> paths,
            List<Path> responsesByFlag,
            List<Path> interactionsByFlag,
            Optional<Path> touchpointsByFlag)
            throws IOException {
        List<Path> responses = new ArrayList<>(responsesByFlag);
        List<Path> interactions = new ArrayList<>(interactionsByFlag);
        List<Path> touchpoints = new ArrayList<>();
        touchpointsByFlag.ifPresent(touchpoints::add);
        for (Path path : paths) {
            for (Path file : filesOf(path)) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith("responses")) {
                    responses.add(file);
                } else if (name.startsWith("interactions")) {
                    interactions.add(file);
                } else if (name.startsWith("touchpoints")) {
                    touchpoints.add(file);
                } else if (!Files.isDirectory(path)) {
                    throw new UsageException("cannot tell what '" + file + "' holds: name it "
                            + "responses*, interactions* or touchpoints*, or give it with "
                            + "--responses, --interactions or --touchpoints");
                }
            }
        }
        if (responses.isEmpty()) {
            throw new UsageException(
                    "no responses: give --responses FILE or a responses* " + "file among " + paths);
        }
        if (touchpoints.size() > 1) {
            throw new UsageException("more than one touchpoints* file: " + touchpoints);
        }
        return new DataFiles(responses, interactions, touchpoints);
    }

    private static List<Path> filesOf(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new UsageException("cannot read '" + path + "'");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
