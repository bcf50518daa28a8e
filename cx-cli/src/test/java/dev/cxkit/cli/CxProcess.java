package dev.cxkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code cx.jar} in its own JVM, as a user would from a shell. */
final class CxProcess {

    /** What a run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {}

    private CxProcess() {}

    static Result run(Path workingDirectory, String... args)
            throws IOException, InterruptedException {
        String jar = System.getProperty("cx.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property cx.jar must name the packaged jar, "
                    + "was " + jar + " (run through 'mvn verify')");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cx-out", ".txt");
        Path err = Files.createTempFile("cx-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "cx " + List.of(args) + " did not finish in 5 minutes");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
