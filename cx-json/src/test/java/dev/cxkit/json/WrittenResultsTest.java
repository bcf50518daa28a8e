package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.drivers.DriverData;
import dev.cxkit.drivers.KeyDriverAnalysis;
import dev.cxkit.journey.Consistency;
import dev.cxkit.journey.DurationSample;
import dev.cxkit.journey.FrictionAccumulator;
import dev.cxkit.journey.FunnelAccumulator;
import dev.cxkit.journey.JourneyAssembler;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.pyramid.CxPyramid;
import dev.cxkit.pyramid.PyramidLevel;
import dev.cxkit.sample.SampleData;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Results that are written only (cxkit cannot rebuild them from their numbers). */
class WrittenResultsTest {

    private static final JsonMapper MAPPER = CxJson.mapper();

    @Test
    void funnelAndFrictionCarryRatesWithNAndIntervals() {
        SampleData data = SampleData.builder().seed(3).customers(200).build();
        TouchpointCatalogue catalogue =
                TouchpointCatalogue.of(data.stageModel(), data.touchpoints());
        List<Journey> journeys = JourneyAssembler.builder()
                .catalogue(catalogue)
                .interactionsOrdered()
                .responsesOrdered()
                .build()
                .assemble(data.interactions(), data.responses())
                .journeys();
        FunnelAccumulator funnel = FunnelAccumulator.create(catalogue);
        FrictionAccumulator friction =
                FrictionAccumulator.create(catalogue, RepeatContact.within(Duration.ofDays(2)));
        journeys.forEach(journey -> {
            funnel.add(journey);
            friction.add(journey);
        });

        JsonNode funnelJson = MAPPER.valueToTree(funnel.snapshot());
        JsonNode frictionJson = MAPPER.valueToTree(friction.snapshot());

        assertThat(funnelJson.get("customers").longValue()).isEqualTo(200);
        JsonNode step = funnelJson.get("steps").get(0);
        assertThat(step.get("conversion").get("n").longValue()).isEqualTo(200);
        assertThat(step.get("conversion").get("interval").get("method").stringValue())
                .isEqualTo("wilson");
        assertThat(step.get("timeBetween").get("median").stringValue()).startsWith("PT");
        assertThat(frictionJson
                        .get("ranking")
                        .get(0)
                        .get("touchpoint")
                        .get("id")
                        .isString())
                .isTrue();
        assertThat(frictionJson.get("baseRates").has("high-effort")).isTrue();
    }

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
    void churnPyramidConsistencyAndServiceResultsAreWritten() {
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

        JsonNode service = MAPPER.valueToTree(new ServiceLevel(
                new Proportion("resolution", 3, 4),
                new Proportion("first-contact resolution", 2, 4),
                DurationSample.of("wait", Duration.ofSeconds(30), Duration.ofSeconds(90)),
                DurationSample.of("handling")));
        assertThat(service.get("resolution").get("interval").get("method").stringValue())
                .isEqualTo("wilson");
        assertThat(service.get("waitTime").get("median").stringValue()).isEqualTo("PT1M");
        assertThat(service.get("handlingTime").has("median")).isFalse();
    }

    @Test
    void scorecardRowsCarryNValueIntervalAndSmallSampleFlag() {
        Instant time = Instant.parse("2024-05-01T12:00:00Z");
        List<SurveyResponse> responses = List.of(
                SurveyResponse.of("a", time, Scale.NPS, 10).withTouchpoint("web"),
                SurveyResponse.of("b", time, Scale.NPS, 3).withTouchpoint("web"),
                SurveyResponse.of("c", time, Scale.NPS, 9).withTouchpoint("shop"));
        GroupedScores groups = responses.stream()
                .collect(GroupedScoreAccumulator.toGroupedScores(
                        Scale.NPS, List.of(GroupKey.touchpoint())));

        JsonNode scorecard = MAPPER.valueToTree(Scorecard.of(ScoreMetric.nps(), groups));

        assertThat(scorecard.get("keys").get(0).stringValue()).isEqualTo("touchpoint");
        assertThat(scorecard.get("rows")).hasSize(2);
        assertThat(scorecard.get("total").get("n").longValue()).isEqualTo(3);
        assertThat(scorecard.get("total").get("smallSample").booleanValue()).isTrue();
        assertThat(scorecard.get("rows").get(0).get("histogram").get("counts")).hasSize(11);
    }
}
