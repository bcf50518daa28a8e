package dev.cxkit.json;

import dev.cxkit.ces.Ces;
import dev.cxkit.ces.CesDefinition;
import dev.cxkit.churn.CohortTable;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.ShiftedBetaGeometric;
import dev.cxkit.csat.Csat;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.journey.Consistency;
import dev.cxkit.journey.DurationSample;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.Funnel;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.json.deser.*;
import dev.cxkit.json.ser.*;
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
import dev.cxkit.pyramid.CxPyramid;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.MeanScore;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.LogRankTest;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.RestrictedMean;
import dev.cxkit.survival.RiskSets;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for cxkit's public types: register it on a mapper builder
 * ({@code JsonMapper.builder().addModule(new CxModule())}) or let
 * {@code findAndAddModules()} find it through {@code META-INF/services}. The JSON forms are
 * documented in the README section "JSON"; field names are stable.
 */
public final class CxModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public CxModule() {
        super("cxkit");
        both(Scale.class, ScaleSerializer.INSTANCE, ScaleDeserializer.INSTANCE);
        both(Channel.class, TextSerializer.CHANNEL, TextDeserializer.CHANNEL);
        both(Stage.class, TextSerializer.STAGE, TextDeserializer.STAGE);
        both(ContactType.class, TextSerializer.CONTACT_TYPE, TextDeserializer.CONTACT_TYPE);
        both(Outcome.class, TextSerializer.OUTCOME, TextDeserializer.OUTCOME);
        both(StageModel.class, StageModelSerializer.INSTANCE, StageModelDeserializer.INSTANCE);
        both(Touchpoint.class, TouchpointSerializer.INSTANCE, TouchpointDeserializer.INSTANCE);
        both(Customer.class, CustomerSerializer.INSTANCE, CustomerDeserializer.INSTANCE);
        both(Interaction.class, InteractionSerializer.INSTANCE, InteractionDeserializer.INSTANCE);
        both(
                SurveyResponse.class,
                SurveyResponseSerializer.INSTANCE,
                SurveyResponseDeserializer.INSTANCE);
        both(Journey.class, JourneySerializer.INSTANCE, JourneyDeserializer.INSTANCE);
        both(
                ScoreHistogram.class,
                ScoreHistogramSerializer.INSTANCE,
                ScoreHistogramDeserializer.INSTANCE);
        both(
                WeightedScoreHistogram.class,
                WeightedScoreHistogramSerializer.INSTANCE,
                WeightedScoreHistogramDeserializer.INSTANCE);
        both(Interval.class, IntervalSerializer.INSTANCE, IntervalDeserializer.INSTANCE);
        both(NpsBreaks.class, NpsBreaksSerializer.INSTANCE, NpsBreaksDeserializer.INSTANCE);
        both(
                NpsIntervalMethod.class,
                TextSerializer.NPS_INTERVAL_METHOD,
                TextDeserializer.NPS_INTERVAL_METHOD);
        both(Nps.class, NpsSerializer.INSTANCE, NpsDeserializer.INSTANCE);
        both(
                NpsComparison.class,
                NpsComparisonSerializer.INSTANCE,
                NpsComparisonDeserializer.INSTANCE);
        both(Csat.class, CsatSerializer.INSTANCE, CsatDeserializer.INSTANCE);
        both(
                CesDefinition.class,
                CesDefinitionSerializer.INSTANCE,
                CesDefinitionDeserializer.INSTANCE);
        both(Ces.class, CesSerializer.INSTANCE, CesDeserializer.INSTANCE);
        addSerializer(MeanScore.class, MeanScoreSerializer.INSTANCE);
        both(
                ConfidenceType.class,
                TextSerializer.CONFIDENCE_TYPE,
                TextDeserializer.CONFIDENCE_TYPE);
        both(RiskSets.class, RiskSetsSerializer.INSTANCE, RiskSetsDeserializer.INSTANCE);
        both(KaplanMeier.class, KaplanMeierSerializer.INSTANCE, KaplanMeierDeserializer.INSTANCE);
        both(
                MedianInterval.class,
                MedianIntervalSerializer.INSTANCE,
                MedianIntervalDeserializer.INSTANCE);
        both(
                RestrictedMean.class,
                RestrictedMeanSerializer.INSTANCE,
                RestrictedMeanDeserializer.INSTANCE);
        both(LogRankTest.class, LogRankTestSerializer.INSTANCE, LogRankTestDeserializer.INSTANCE);
        both(BgNbdModel.class, ParametersSerializer.BG_NBD, ParametersDeserializer.BG_NBD);
        both(
                GammaGammaModel.class,
                ParametersSerializer.GAMMA_GAMMA,
                ParametersDeserializer.GAMMA_GAMMA);
        both(
                ShiftedBetaGeometric.class,
                ParametersSerializer.SHIFTED_BETA_GEOMETRIC,
                ParametersDeserializer.SHIFTED_BETA_GEOMETRIC);
        addSerializer(ModelFit.class, ModelFitSerializer.INSTANCE);
        both(Proportion.class, CountShareSerializer.INSTANCE, CountShareDeserializer.INSTANCE);
        both(PeriodChurn.class, PeriodChurnSerializer.INSTANCE, PeriodChurnDeserializer.INSTANCE);
        addSerializer(CohortTable.class, CohortTableSerializer.INSTANCE);
        both(BgBbModel.class, ParametersSerializer.BG_BB, ParametersDeserializer.BG_BB);
        addSerializer(CxPyramid.class, CxPyramidSerializer.INSTANCE);
        addSerializer(Consistency.class, ConsistencySerializer.INSTANCE);
        addSerializer(ServiceLevel.class, ServiceLevelSerializer.INSTANCE);
        addSerializer(DurationSample.class, DurationSampleSerializer.INSTANCE);
        addSerializer(Scorecard.class, ScorecardSerializer.INSTANCE);
        addSerializer(Funnel.class, FunnelSerializer.INSTANCE);
        addSerializer(FrictionReport.class, FrictionReportSerializer.INSTANCE);
        addSerializer(DriverReport.class, DriverReportSerializer.INSTANCE);
    }

    private <T> void both(
            Class<T> type, ValueSerializer<T> serializer, ValueDeserializer<T> deserializer) {
        addSerializer(type, serializer);
        addDeserializer(type, deserializer);
    }
}
