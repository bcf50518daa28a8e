package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Published and independently computed cases. Expected values: reference sec. 12 (published) and
 * {@code src/test/resources/dev/cxkit/drivers/driver_reference.py} (NumPy/SciPy, run there).
 */
class KeyDriverAnalysisReferenceTest {

    private static final double TOLERANCE = 1e-6;
    private static final KeyDriverAnalysis POINT_ESTIMATES =
            KeyDriverAnalysis.builder().bootstrapResamples(0).build();

    /** One driver's expected numbers. */
    private record Expected(
            String name,
            double pearson,
            double spearman,
            double weight,
            double share,
            double shapley) {}

    @Test
    void mtcarsMpgReproducesPublishedRelativeWeightsAndShapleyValues() {
        DriverReport report = POINT_ESTIMATES.analyze(CsvColumns.read("mtcars.csv")
                .data("mpg", "cyl", "disp", "hp", "gear")
                .build());

        assertThat(report.rSquared()).isCloseTo(0.7791896, within(TOLERANCE));
        assertThat(report.respondentsUsed()).isEqualTo(32);
        assertDrivers(
                report,
                List.of(
                        new Expected(
                                "cyl",
                                -0.8521619594,
                                -0.9108013109,
                                0.2284797,
                                0.2932274,
                                0.2470520),
                        new Expected(
                                "disp",
                                -0.8475513793,
                                -0.9088823637,
                                0.2221469,
                                0.2850999,
                                0.2434996),
                        new Expected(
                                "hp",
                                -0.7761683718,
                                -0.8946646457,
                                0.2321744,
                                0.2979691,
                                0.2109129),
                        new Expected(
                                "gear",
                                0.4802847573,
                                0.5427815780,
                                0.0963886,
                                0.1237037,
                                0.0777251)));
        assertThat(report.drivers())
                .extracting(DriverImportance::name)
                .containsExactly("hp", "cyl", "disp", "gear");
    }

    @Test
    void mtcarsHorsepowerMatchesNumPy() {
        DriverReport report = POINT_ESTIMATES.analyze(CsvColumns.read("mtcars.csv")
                .data("hp", "mpg", "cyl", "disp", "gear")
                .build());

        assertThat(report.rSquared()).isCloseTo(0.8521280276, within(TOLERANCE));
        assertDrivers(
                report,
                List.of(
                        new Expected(
                                "mpg",
                                -0.7761683718,
                                -0.8946646457,
                                0.2372934946,
                                0.2784716462,
                                0.2209473961),
                        new Expected(
                                "cyl",
                                0.8324474527,
                                0.9017909352,
                                0.2908893800,
                                0.3413681637,
                                0.2862208538),
                        new Expected(
                                "disp",
                                0.7909485864,
                                0.8510426270,
                                0.2571820589,
                                0.3018115243,
                                0.2449458446),
                        new Expected(
                                "gear",
                                -0.1257042582,
                                -0.3314015534,
                                0.0667630940,
                                0.0783486658,
                                0.1000139331)));
    }

    @Test
    void syntheticSurveyWithListwiseDeletionMatchesNumPy() {
        DriverReport report = POINT_ESTIMATES.analyze(survey());

        assertThat(report.missingPolicy()).isEqualTo(MissingPolicy.LISTWISE);
        assertThat(report.respondents()).isEqualTo(80);
        assertThat(report.respondentsUsed()).isEqualTo(53);
        assertThat(report.drivers()).allSatisfy(d -> assertThat(d.respondents()).isEqualTo(53));
        assertThat(report.rSquared()).isCloseTo(0.4184728769, within(TOLERANCE));
        assertDrivers(
                report,
                List.of(
                        new Expected(
                                "service",
                                0.6217162039,
                                0.6422102298,
                                0.2311955550,
                                0.5524744081,
                                0.2353582933),
                        new Expected(
                                "trust",
                                0.4210143905,
                                0.4309645189,
                                0.0816846712,
                                0.1951970504,
                                0.0776497266),
                        new Expected(
                                "staff",
                                0.4597879231,
                                0.4812562516,
                                0.0797561902,
                                0.1905886727,
                                0.0817578356),
                        new Expected(
                                "price",
                                0.1902727321,
                                0.1677505283,
                                0.0166305235,
                                0.0397409830,
                                0.0153200394),
                        new Expected(
                                "app",
                                0.1206558645,
                                0.1269479001,
                                0.0092059371,
                                0.0219988859,
                                0.0083869819)));
    }

    @Test
    void syntheticSurveyWithPairwiseDeletionMatchesNumPy() {
        DriverReport report = KeyDriverAnalysis.builder()
                .bootstrapResamples(0)
                .missingPolicy(MissingPolicy.PAIRWISE)
                .build()
                .analyze(survey());

        assertThat(report.respondentsUsed()).isEqualTo(64);
        assertThat(report.rSquared()).isCloseTo(0.4428527302, within(TOLERANCE));
        assertDrivers(
                report,
                List.of(
                        new Expected(
                                "service",
                                0.6314152426,
                                0.6314469603,
                                0.2427463193,
                                0.5481423117,
                                0.2471898164),
                        new Expected(
                                "trust",
                                0.4204588871,
                                0.4491021052,
                                0.0810261496,
                                0.1829640964,
                                0.0775238910),
                        new Expected(
                                "staff",
                                0.4503954264,
                                0.4594661342,
                                0.0754504152,
                                0.1703736030,
                                0.0773203183),
                        new Expected(
                                "price",
                                0.2664258891,
                                0.2067105803,
                                0.0407195159,
                                0.0919482102,
                                0.0383284671),
                        new Expected(
                                "app",
                                0.0756224530,
                                0.0660258727,
                                0.0029103302,
                                0.0065717788,
                                0.0024902373)));
    }

    private static DriverData survey() {
        return CsvColumns.read("survey.csv")
                .data("ltr", "service", "trust", "staff", "price", "app")
                .ratingScale(1, 5)
                .build();
    }

    private static void assertDrivers(DriverReport report, List<Expected> expected) {
        assertThat(report.drivers()).hasSameSizeAs(expected);
        for (Expected e : expected) {
            DriverImportance d = report.driver(e.name());
            assertThat(d.pearson())
                    .as("%s pearson", e.name())
                    .isCloseTo(e.pearson(), within(TOLERANCE));
            assertThat(d.spearman())
                    .as("%s spearman", e.name())
                    .isCloseTo(e.spearman(), within(TOLERANCE));
            assertThat(d.relativeWeight().value())
                    .as("%s relative weight", e.name())
                    .isCloseTo(e.weight(), within(TOLERANCE));
            assertThat(d.relativeWeight().share())
                    .as("%s share", e.name())
                    .isCloseTo(e.share(), within(TOLERANCE));
            assertThat(d.shapley().value())
                    .as("%s Shapley", e.name())
                    .isCloseTo(e.shapley(), within(TOLERANCE));
        }
    }
}
