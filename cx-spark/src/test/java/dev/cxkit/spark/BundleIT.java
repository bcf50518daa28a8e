package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bundle jar ({@code cx-spark-VERSION-bundle.jar}) is all a Spark installation needs: a
 * JVM whose class path holds Spark's jars and the bundle, but neither cx-spark's classes nor
 * cx-core nor Hipparchus, runs the SQL functions from the {@code spark.sql.extensions} setting
 * alone, as {@code spark-sql --jars} and {@code pyspark --jars} do.
 */
class BundleIT {

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

    @Test
    void sparkWithOnlyTheBundleRunsTheFunctionsFromTheExtensionsSetting() throws Exception {
        Path bundle = Path.of(System.getProperty("cx.bundle"));
        assertThat(bundle).isRegularFile();
        List<String> sparkOnly = Stream.of(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.matches(".*cx-spark[^" + File.separator + "]*\\.jar")
                        && !entry.endsWith(
                                "cx-spark" + File.separator + "target" + File.separator + "classes")
                        && !entry.contains("cx-core")
                        && !entry.contains("hipparchus")
                        && !entry.contains("HdrHistogram"))
                .collect(Collectors.toCollection(ArrayList::new));
        sparkOnly.add(bundle.toString());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        OPENS.forEach(p -> command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        command.addAll(List.of(
                "-Djdk.reflect.useDirectMethodHandle=false",
                "-Dio.netty.tryReflectionSetAccessible=true",
                "-cp",
                String.join(File.pathSeparator, sparkOnly),
                BundleSmoke.class.getName(),
                "SELECT cx_nps(score).nps, cx_nps_weighted(score, 1.5D).effective_n,"
                        + " try_cx_nps(score - 1).invalid, cx_csat(score % 5 + 1).n,"
                        + " cx_nps_of(cx_nps_histogram(score)).promoters"
                        + " FROM VALUES (10), (9), (0), (7) AS t(score)"));
        Path output = Files.createTempFile("cx-bundle", ".out");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);

        assertThat(finished).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        // Two promoters, one passive, one detractor: NPS 25; four equal weights: n_eff 4;
        // score - 1 puts 0 at -1, off the scale.
        assertThat(printed.lines()).as(printed).contains("25.0|4.0|1|4|2");
    }
}
