package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

/** The "Key driver analysis" example of the root README, kept compiling and running. */
class ReadmeExampleTest {

    @Test
    void keyDriverAnalysisExample() {
        // README begin
        DriverData data = DriverData.builder()
                .outcome(
                        "likelihood to recommend",
                        new double[] {9, 8, 10, 4, 7, 6, 9, 3, 9, 7, 6, 8})
                .driver("service quality", new double[] {5, 4, 5, 2, 4, 3, 5, 2, 5, 4, 3, 4})
                .driver("trust", new double[] {4, 4, 5, 3, 4, 3, 4, 1, 5, 3, 3, 5})
                .driver("staff friendliness", new double[] {5, 3, 4, 3, 5, 4, 4, 2, 5, 4, 4, 4})
                .ratingScale(1, 5)
                .build();
        DriverReport report = KeyDriverAnalysis.builder()
                .bootstrapResamples(500)
                .seed(7)
                .build()
                .analyze(data);
        System.out.printf(
                "R^2 %.3f from %d respondents%n", report.rSquared(), report.respondentsUsed());
        for (DriverImportance driver : report.drivers()) {
            Importance weight = driver.relativeWeight();
            Interval interval = weight.bootstrap().orElseThrow().share();
            System.out.printf(
                    "%-18s %5.1f %% of R^2 [%4.1f, %4.1f], beats noise in %3.0f %%, %s%n",
                    driver.name(),
                    100 * weight.share(),
                    100 * interval.lower(),
                    100 * interval.upper(),
                    100 * weight.bootstrap().orElseThrow().beatsNoiseShare(),
                    driver.quadrant());
        }
        // README end
        assertThat(report.drivers().get(0).name()).isEqualTo("service quality");
    }
}
