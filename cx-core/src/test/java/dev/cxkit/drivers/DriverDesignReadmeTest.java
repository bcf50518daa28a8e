package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's example of a yes/no outcome with a categorical driver, kept running and equal
 * to the README's code (compared without its layout).
 */
class DriverDesignReadmeTest {

    @Test
    void yesNoOutcomeAndCategoricalDriverExample() throws IOException {
        // README: begin
        // A churn export read as text: Churn is Yes/No, Contract a category, tenure a number.
        DriverDesign design = DriverDesign.builder()
                .outcome("Churn", List.of("Yes", "No", "No", "Yes", "No", "No", "Yes", "No", "Yes"))
                .driver(
                        "Contract",
                        List.of(
                                "Month-to-month",
                                "Two year",
                                "One year",
                                "Month-to-month",
                                "Two year",
                                "One year",
                                "Month-to-month",
                                "One year",
                                "One year"))
                .driver("tenure", List.of("2", "60", "30", "5", "48", "24", "1", "36", "12"))
                .reference("Contract", "Month-to-month") // the default: first in sorted order
                .build();
        DriverReport report =
                KeyDriverAnalysis.builder().bootstrapResamples(0).build().analyze(design.data());
        System.out.printf(
                "%s coded %s; %s%n",
                report.outcomeName(), design.outcomeCoding(), design.categorical());
        for (DriverImportance driver : report.drivers()) {
            System.out.printf(
                    "%-17s r %+.3f, %4.1f %% of R^2 %.3f%n",
                    driver.name(),
                    driver.pearson(),
                    100 * driver.relativeWeight().share(),
                    report.rSquared());
        }
        // README: end
        assertThat(design.data().driverNames())
                .containsExactly("Contract=One year", "Contract=Two year", "tenure");
        assertThat(readmeExample()).isEqualTo(thisExample());
    }

    private static String readmeExample() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int section = 0;
        while (!readme.get(section).startsWith("**Yes/no outcomes and categorical drivers.**")) {
            section++;
        }
        int start = readme.subList(section, readme.size()).indexOf("```java") + section + 1;
        int end = readme.subList(start, readme.size()).indexOf("```") + start;
        return withoutLayout(readme.subList(start, end));
    }

    private static String thisExample() throws IOException {
        List<String> source = Files.readAllLines(
                Path.of("src/test/java/dev/cxkit/drivers/DriverDesignReadmeTest.java"));
        int start = source.indexOf("        // README: begin") + 1;
        int end = source.indexOf("        // README: end");
        return withoutLayout(source.subList(start, end));
    }

    private static String withoutLayout(List<String> lines) {
        return String.join(" ", lines).replace("//", " ").replaceAll("\\s+", "");
    }
}
