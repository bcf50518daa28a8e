package dev.cxkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code cx} in this JVM through {@link Cx#run}, as the packaged jar would run it, with
 * file arguments resolved against a working directory: fast enough to run every command on
 * every shape.
 */
final class CxRun {

    /** What a run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {}

    private CxRun() {}

    /** Runs {@code cx args} in {@code dir}: arguments that name files there are resolved. */
    static Result in(Path dir, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(arg.startsWith("@") ? dir.resolve(arg.substring(1)).toString() : arg);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit =
                Cx.run(new PrintWriter(out), new PrintWriter(err), resolved.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
