package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.drivers.DriverData;
import dev.cxkit.drivers.KeyDriverAnalysis;
import dev.cxkit.journey.Consistency;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.pyramid.CxPyramid;
import dev.cxkit.pyramid.PyramidLevel;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Results that are written only (cxkit cannot rebuild them from their numbers) and whose JSON
 * {@link JsonFormsGoldenTest} does not pin byte for byte: the driver report, cohort table, CX
 * pyramid and consistency carry their n, intervals and labels. The funnel, friction report,
 * scorecard and service level are in the golden file.
 */
class WrittenResultsTest {

    private static final JsonMapper MAPPER = CxJson.mapper();

    @Test
    void driverReportCarriesEveryDriverWithItsBootstrapIntervals() {
        DriverData data = DriverData.builder()
                .outcome("ltr", new double[] {9, 8, 10, 4, 7, 6, 9, 3, 9, 7, 6, 8})
                .driver("service", new double[] {5, 4, 5, 2, 4, 3, 5, 2, 5, 4, 3, 4})
                .driver("trust", new double[] {4, 4, 5, 3, 4, 3, 4, 1, 5, 3, 3, 5})
                .ratingScale(1, 5)
                .build();

        JsonNode report = MAPPER.valueToTree(KeyDriverAnalysis.builder()
                .bootstrapResamples(50)
                .seed(7)
                .build()
                .analyze(data));

        assertThat(report.get("respondentsUsed").intValue()).isEqualTo(12);
        assertThat(report.get("drivers")).hasSize(2);
        JsonNode bootstrap = report.get("drivers").get(0).get("shapley").get("bootstrap");
        assertThat(bootstrap.get("share").get("level").doubleValue()).isPositive();
        assertThat(report.get("drivers").get(0).get("quadrant").stringValue())
                .matches("fix-first|keep-up|low-priority|possible-overkill");
    }

    @Test
    void churnPyramidAndConsistencyResultsAreWritten() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Customer> customers = List.of(
                Customer.of("a", start),
                Customer.of("b", start).withChurnedAt(start.plus(Duration.ofDays(40))));
        JsonNode cohorts = MAPPER.valueToTree(CohortTable.fromCustomers(
                customers, CalendarPeriod.MONTH, ZoneOffset.UTC, start.plus(Duration.ofDays(70))));
        assertThat(cohorts.get("unit").stringValue()).isEqualTo("month");
        assertThat(cohorts.get("cohorts").get(0).get("size").longValue()).isEqualTo(2);
        assertThat(cohorts.get("cohorts")
                        .get(0)
                        .get("retention")
                        .get(0)
                        .get("n")
                        .longValue())
                .isEqualTo(2);

        JsonNode pyramid = MAPPER.valueToTree(CxPyramid.builder()
                .question(PyramidLevel.MEETS_NEEDS, ScoreHistogram.of(Scale.CSAT, 1, 1, 2, 3, 5))
                .question(PyramidLevel.EASY, ScoreHistogram.of(Scale.CSAT, 0, 1, 2, 3, 4))
                .question(PyramidLevel.ENJOYABLE, ScoreHistogram.of(Scale.CSAT, 2, 2, 2, 2, 2))
                .build());
        assertThat(pyramid.get("levels").get("meets-needs").get("n").longValue())
                .isEqualTo(12);

        JsonNode consistency = MAPPER.valueToTree(Consistency.of(List.of(
                SurveyResponse.of("a", start, Scale.NPS, 9).withTouchpoint("web"),
                SurveyResponse.of("b", start, Scale.CSAT, 2).withTouchpoint("shop"))));
        assertThat(consistency.get("touchpointMeans").get("web").doubleValue()).isEqualTo(0.9);
    }
}
