package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's {@code spark-sql} line, with its arguments as written, run through Spark's own
 * launcher entry point {@code org.apache.spark.deploy.SparkSubmit} (spark-core), which
 * {@code spark-sql}, {@code spark-submit} and {@code pyspark} all end in: SparkSubmit puts the
 * bundle named by {@code --jars} on a class loader of its own, sets the {@code --conf} settings
 * and starts the program. The JVM holds Spark's jars but no cxkit class, so the functions come
 * from the bundle and the extension setting alone.
 *
 * <p>What differs from a Spark distribution: {@code spark-sql} starts Spark's SQL command line
 * ({@code SparkSQLCLIDriver}, in spark-hive-thriftserver, which the build cannot download); here
 * {@link BundleSmoke} takes its place, running the {@code -e} query and printing the rows
 * tab-separated as the command line does. The master is {@code local[1]}, the UI is off.
 */
class SparkSubmitIT {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeSparkSqlArgumentsRunThroughSparkSubmit() throws Exception {
        List<String> readme = sparkSqlArguments();
        int query = readme.indexOf("-e");
        assertThat(query)
                .as("the README's spark-sql line runs a query with -e: " + readme)
                .isPositive();
        List<String> submit = new ArrayList<>(List.of(
                "--master",
                "local[1]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--class",
                BundleSmoke.class.getName()));
        for (String argument : readme.subList(0, query)) {
            boolean isJar = argument.equals(SparkJvm.bundle().getFileName().toString());
            submit.add(isJar ? SparkJvm.bundle().toString() : argument);
        }
        assertThat(submit)
                .as("the README names the bundle the build makes")
                .contains(SparkJvm.bundle().toString());
        submit.add("spark-internal"); // the primary resource spark-sql passes: none
        submit.addAll(readme.subList(query, readme.size()));

        String printed = SparkJvm.run(
                SparkJvm.sparkClassPath(),
                List.of(),
                "org.apache.spark.deploy.SparkSubmit",
                submit);

        // web: one promoter, one detractor, NPS 0; app: one promoter, NPS 100.
        assertThat(printed.lines()).as(printed).containsSubsequence("app\t100.0", "web\t0.0");
        assertThat(Files.readString(README))
                .as("the README shows what the line prints")
                .contains("app\t100.0\nweb\t0.0\n");
    }

    /** The arguments of the README's {@code spark-sql} line, as a shell would split them. */
    private static List<String> sparkSqlArguments() throws IOException {
        String text = Files.readString(README);
        int start = text.indexOf("spark-sql --jars");
        assertThat(start).as("README has a spark-sql line").isNotNegative();
        String line = text.substring(start, text.indexOf("\n```", start)).replace("\\\n", " ");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words.subList(1, words.size());
    }
}
