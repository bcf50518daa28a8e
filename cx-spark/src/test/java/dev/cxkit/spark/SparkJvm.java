package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A separate JVM as a Spark installation has it: Spark's jars and the test classes on the class
 * path, but neither cx-spark's classes nor cx-core nor its dependencies, which only the bundle
 * brings. For the integration tests of the bundle.
 */
final class SparkJvm {

    /** The module opens Spark needs on Java 17, as in the pom's surefire argLine. */
    private static final List<String> OPENS = List.of(
            "java.lang",
            "java.lang.invoke",
            "java.lang.reflect",
            "java.io",
            "java.net",
            "java.nio",
            "java.util",
            "java.util.concurrent",
            "java.util.concurrent.atomic",
            "sun.nio.ch",
            "sun.nio.cs",
            "sun.security.action",
            "sun.util.calendar");

    private SparkJvm() {}

    /** The bundle jar the build made ({@code cx.bundle}, set by the pom). */
    static Path bundle() {
        Path bundle = Path.of(System.getProperty("cx.bundle"));
        assertThat(bundle).isRegularFile();
        return bundle;
    }

    /** This JVM's class path less cx-spark, cx-core and cx-core's dependencies. */
    static List<String> sparkClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.matches(".*cx-spark[^" + File.separator + "]*\\.jar")
                        && !entry.endsWith(
                                "cx-spark" + File.separator + "target" + File.separator + "classes")
                        && !entry.contains("cx-core")
                        && !entry.contains("hipparchus")
                        && !entry.contains("HdrHistogram"))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Runs {@code mainClass} with {@code args} in a new JVM with {@code classPath} and
     * {@code systemProperties} ({@code -Dkey=value}), and returns what it printed; fails the
     * test unless it exits 0 within two minutes.
     */
    static String run(
            List<String> classPath,
            List<String> systemProperties,
            String mainClass,
            List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        OPENS.forEach(p -> command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        command.add("-Djdk.reflect.useDirectMethodHandle=false");
        command.add("-Dio.netty.tryReflectionSetAccessible=true");
        systemProperties.forEach(property -> command.add("-D" + property));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        command.addAll(args);
        Path output = Files.createTempFile("cx-spark-jvm", ".out");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertThat(finished).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }
}
