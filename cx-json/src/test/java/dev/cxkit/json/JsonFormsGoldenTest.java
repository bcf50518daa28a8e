package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.ces.Ces;
import dev.cxkit.ces.CesDefinition;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ShiftedBetaGeometric;
import dev.cxkit.csat.Csat;
import dev.cxkit.journey.DurationSample;
import dev.cxkit.journey.FrictionAccumulator;
import dev.cxkit.journey.FunnelAccumulator;
import dev.cxkit.journey.JourneyAssembler;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsComparison;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.sample.SampleData;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.RestrictedMean;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The JSON form of every type the module writes, byte for byte, against {@code
 * golden/json-forms.tsv}: one line per value, its name, a tab and its JSON. The file was written
 * by the hand-written serializers before the module declared its shapes with mix-ins, so a change
 * of field names, field order, number formatting or left-out statistics fails here.
 */
class JsonFormsGoldenTest {

    private static final JsonMapper MAPPER = CxJson.mapper();
    private static final Instant TIME = Instant.parse("2024-05-01T12:00:00Z");

    /** The values whose JSON is recorded, by name, in the order of the golden file. */
    static Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        Scale effort = new Scale("effort", 1, 7);
        Touchpoint chat = new Touchpoint(
                "tp-1", "Live chat", Channel.of("chat"), Stage.of("purchase"), ContactType.DIRECT);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("segment", "smb");
        attributes.put("plan", "pro");
        Interaction escalated = new Interaction(
                "c-1",
                "tp-1",
                TIME,
                Outcome.ESCALATED,
                Optional.of(Duration.ofSeconds(90)),
                Optional.of(Duration.ofMinutes(12)),
                false);
        SurveyResponse response = new SurveyResponse(
                "c-1",
                Optional.of("tp-1"),
                TIME.plusSeconds(60),
                Scale.NPS,
                9,
                1.5,
                Optional.of("quick, \"kind\"\nand clear"));
        ScoreHistogram npsScores = ScoreHistogram.of(Scale.NPS, 1, 0, 2, 0, 1, 3, 2, 5, 4, 6, 7);
        ScoreHistogram csatScores = ScoreHistogram.of(Scale.CSAT, 2, 1, 3, 8, 6);
        ScoreHistogram cesScores = ScoreHistogram.of(Scale.CES, 1, 1, 2, 3, 5, 6, 4);
        RiskSets first = RiskSets.of(
                new double[] {1, 2, 2, 3.5, 5, 8},
                new boolean[] {true, false, true, true, false, true});
        RiskSets second =
                RiskSets.of(new double[] {2, 4, 6, 6}, new boolean[] {true, true, false, true});
        DurationSample waits = DurationSample.of(
                "wait", Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5));

        values.put("Scale", effort);
        values.put("Channel", Channel.of("chat"));
        values.put("Stage", Stage.of("post-purchase"));
        values.put("ContactType", ContactType.INDIRECT);
        values.put("Outcome", Outcome.ABANDONED);
        values.put("StageModel", StageModel.DETAILED);
        values.put("Touchpoint", chat);
        values.put(
                "Customer",
                new Customer("c-1", TIME, Optional.of(TIME.plus(Duration.ofDays(30))), attributes));
        values.put("Customer without churn", Customer.of("c-2", TIME));
        values.put("Interaction", escalated);
        values.put("Interaction without durations", Interaction.of("c-1", "tp-1", TIME));
        values.put("SurveyResponse", response);
        values.put("SurveyResponse on a custom scale", SurveyResponse.of("c-2", TIME, effort, 3));
        values.put("Journey", new Journey("c-1", List.of(escalated), List.of(response)));
        values.put("ScoreHistogram", npsScores);
        values.put("ScoreHistogram empty", ScoreHistogram.empty(Scale.CSAT));
        values.put(
                "WeightedScoreHistogram",
                WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(5, 1.5)
                        .add(2, 0.5)
                        .add(5, 2)
                        .snapshot());
        values.put(
                "Interval",
                new Interval(-3.5, 12.25, 0.95, "adjusted-wald", Interval.Unit.NPS_POINTS));
        values.put("Nps", Nps.of(npsScores));
        values.put("Nps empty", Nps.of(ScoreHistogram.empty(Scale.NPS)));
        values.put(
                "NpsComparison",
                NpsComparison.of(
                        Nps.of(npsScores),
                        Nps.of(ScoreHistogram.of(Scale.NPS, 0, 1, 0, 0, 2, 1, 1, 3, 6, 8, 9)),
                        NpsIntervalMethod.BONETT_PRICE));
        values.put("NpsBreaks", NpsBreaks.of(Scale.NPS, 6, 9));
        values.put("NpsIntervalMethod", NpsIntervalMethod.BONETT_PRICE);
        values.put("Csat", Csat.of(csatScores, 4));
        values.put("Csat empty", Csat.of(ScoreHistogram.empty(Scale.CSAT)));
        values.put("Ces", Ces.of(cesScores));
        values.put("CesDefinition", CesDefinition.LEGACY);
        values.put("MeanScore", Csat.of(csatScores).mean());
        values.put("RiskSets", first);
        values.put("KaplanMeier", KaplanMeier.of(first));
        values.put("KaplanMeier empty", KaplanMeier.of(RiskSets.of(new double[0], new boolean[0])));
        values.put(
                "MedianInterval",
                new MedianInterval(
                        OptionalDouble.of(2),
                        OptionalDouble.empty(),
                        0.95,
                        ConfidenceType.LOG_LOG));
        values.put("ConfidenceType", ConfidenceType.PLAIN);
        values.put("RestrictedMean", new RestrictedMean(10, 4.5, 0.8));
        values.put(
                "LogRankTest",
                Strata.of(new TreeMap<>(Map.of("a", first, "b", second))).logRank());
        values.put("BgNbdModel", BgNbdModel.of(0.243, 4.414, 0.793, 2.426));
        values.put("GammaGammaModel", GammaGammaModel.of(6.25, 3.74, 15.44));
        values.put("BgBbModel", BgBbModel.of(1.204, 0.750, 0.657, 2.783));
        values.put("ShiftedBetaGeometric", ShiftedBetaGeometric.of(0.668, 3.806));
        values.put("Proportion", new Proportion("churn", 12, 80));
        values.put("Proportion empty", new Proportion("churn", 0, 0));
        values.put("PeriodChurn", PeriodChurn.ofCounts(100, 95, 10));
        values.put("DurationSample", waits);
        values.put("DurationSample empty", DurationSample.of("handling"));
        values.put(
                "ServiceLevel",
                new ServiceLevel(
                        new Proportion("resolution", 8, 10),
                        new Proportion("first-contact resolution", 6, 10),
                        waits,
                        DurationSample.of("handling")));
        values.put(
                "Scorecard",
                Scorecard.of(
                        ScoreMetric.nps(),
                        List.of(
                                        SurveyResponse.of("a", TIME, Scale.NPS, 10)
                                                .withTouchpoint("web"),
                                        SurveyResponse.of("b", TIME, Scale.NPS, 3)
                                                .withTouchpoint("web"),
                                        SurveyResponse.of("c", TIME, Scale.NPS, 9)
                                                .withTouchpoint("shop"))
                                .stream()
                                .collect(GroupedScoreAccumulator.toGroupedScores(
                                        Scale.NPS, List.of(GroupKey.touchpoint())))));
        journeyResults(values);
        return values;
    }

    /** A funnel and a friction report over a small generated data set. */
    private static void journeyResults(Map<String, Object> values) {
        SampleData data = SampleData.builder().seed(3).customers(20).build();
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
        values.put("Funnel", funnel.snapshot());
        values.put("FrictionReport", friction.snapshot());
    }

    static String line(String name, Object value) {
        return name + "\t" + MAPPER.writeValueAsString(value);
    }

    @Test
    void everyTypeIsWrittenAsRecorded() throws IOException {
        List<String> golden = goldenLines();
        Map<String, Object> values = values();

        assertThat(golden).hasSize(values.size());
        int index = 0;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            assertThat(line(value.getKey(), value.getValue()))
                    .as(value.getKey())
                    .isEqualTo(golden.get(index++));
        }
    }

    private static List<String> goldenLines() throws IOException {
        try (InputStream in =
                JsonFormsGoldenTest.class.getResourceAsStream("golden/json-forms.tsv")) {
            assertThat(in).as("golden/json-forms.tsv").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        }
    }
}
