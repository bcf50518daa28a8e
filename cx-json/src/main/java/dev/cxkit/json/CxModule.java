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
 * documented in the README section "JSON"; field names are stable. Shapes that are a view of a
 * type's accessors are declared as mix-ins; the others have a serializer of their own.
 *
 * <p>Thread-safe: its serializers and deserializers hold no state, so one module may be
 * registered on any number of mappers, used from any thread.
 */
public final class CxModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module with every serializer and deserializer of cxkit's types. */
    public CxModule() {
        super("cxkit");
        JsonShapes.declare(this);
        addDeserializer(Scale.class, ScaleDeserializer.INSTANCE);
        addDeserializer(Channel.class, TextDeserializer.CHANNEL);
        addDeserializer(Stage.class, TextDeserializer.STAGE);
        addDeserializer(ContactType.class, TextDeserializer.CONTACT_TYPE);
        addDeserializer(Outcome.class, TextDeserializer.OUTCOME);
        addDeserializer(StageModel.class, StageModelDeserializer.INSTANCE);
        addDeserializer(Touchpoint.class, TouchpointDeserializer.INSTANCE);
        addDeserializer(Customer.class, CustomerDeserializer.INSTANCE);
        addDeserializer(Interaction.class, InteractionDeserializer.INSTANCE);
        both(
                SurveyResponse.class,
                SurveyResponseSerializer.INSTANCE,
                SurveyResponseDeserializer.INSTANCE);
        addDeserializer(Journey.class, JourneyDeserializer.INSTANCE);
        addDeserializer(ScoreHistogram.class, ScoreHistogramDeserializer.INSTANCE);
        both(
                WeightedScoreHistogram.class,
                WeightedScoreHistogramSerializer.INSTANCE,
                WeightedScoreHistogramDeserializer.INSTANCE);
        addDeserializer(Interval.class, IntervalDeserializer.INSTANCE);
        addDeserializer(NpsBreaks.class, NpsBreaksDeserializer.INSTANCE);
        addDeserializer(NpsIntervalMethod.class, TextDeserializer.NPS_INTERVAL_METHOD);
        both(Nps.class, NpsSerializer.INSTANCE, NpsDeserializer.INSTANCE);
        both(
                NpsComparison.class,
                NpsComparisonSerializer.INSTANCE,
                NpsComparisonDeserializer.INSTANCE);
        both(Csat.class, CsatSerializer.INSTANCE, CsatDeserializer.INSTANCE);
        addDeserializer(CesDefinition.class, CesDefinitionDeserializer.INSTANCE);
        both(Ces.class, CesSerializer.INSTANCE, CesDeserializer.INSTANCE);
        addSerializer(MeanScore.class, MeanScoreSerializer.INSTANCE);
        addDeserializer(ConfidenceType.class, TextDeserializer.CONFIDENCE_TYPE);
        both(RiskSets.class, RiskSetsSerializer.INSTANCE, RiskSetsDeserializer.INSTANCE);
        both(KaplanMeier.class, KaplanMeierSerializer.INSTANCE, KaplanMeierDeserializer.INSTANCE);
        addDeserializer(MedianInterval.class, MedianIntervalDeserializer.INSTANCE);
        both(
                RestrictedMean.class,
                RestrictedMeanSerializer.INSTANCE,
                RestrictedMeanDeserializer.INSTANCE);
        both(LogRankTest.class, LogRankTestSerializer.INSTANCE, LogRankTestDeserializer.INSTANCE);
        addDeserializer(BgNbdModel.class, ParametersDeserializer.BG_NBD);
        addDeserializer(GammaGammaModel.class, ParametersDeserializer.GAMMA_GAMMA);
        addDeserializer(ShiftedBetaGeometric.class, ParametersDeserializer.SHIFTED_BETA_GEOMETRIC);
        addSerializer(ModelFit.class, ModelFitSerializer.INSTANCE);
        both(Proportion.class, CountShareSerializer.INSTANCE, CountShareDeserializer.INSTANCE);
        both(PeriodChurn.class, PeriodChurnSerializer.INSTANCE, PeriodChurnDeserializer.INSTANCE);
        addSerializer(CohortTable.class, CohortTableSerializer.INSTANCE);
        addDeserializer(BgBbModel.class, ParametersDeserializer.BG_BB);
        addSerializer(CxPyramid.class, CxPyramidSerializer.INSTANCE);
        addSerializer(Consistency.class, ConsistencySerializer.INSTANCE);
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
