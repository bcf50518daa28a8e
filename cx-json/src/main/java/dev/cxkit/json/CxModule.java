package dev.cxkit.json;

import dev.cxkit.json.deser.CustomerDeserializer;
import dev.cxkit.json.deser.IntervalDeserializer;
import dev.cxkit.json.deser.InteractionDeserializer;
import dev.cxkit.json.deser.JourneyDeserializer;
import dev.cxkit.json.deser.ScaleDeserializer;
import dev.cxkit.json.deser.ScoreHistogramDeserializer;
import dev.cxkit.json.deser.StageModelDeserializer;
import dev.cxkit.json.deser.SurveyResponseDeserializer;
import dev.cxkit.json.deser.TextDeserializer;
import dev.cxkit.json.deser.TouchpointDeserializer;
import dev.cxkit.json.deser.WeightedScoreHistogramDeserializer;
import dev.cxkit.json.ser.CustomerSerializer;
import dev.cxkit.json.ser.IntervalSerializer;
import dev.cxkit.json.ser.InteractionSerializer;
import dev.cxkit.json.ser.JourneySerializer;
import dev.cxkit.json.ser.ScaleSerializer;
import dev.cxkit.json.ser.ScoreHistogramSerializer;
import dev.cxkit.json.ser.StageModelSerializer;
import dev.cxkit.json.ser.SurveyResponseSerializer;
import dev.cxkit.json.ser.TextSerializer;
import dev.cxkit.json.ser.TouchpointSerializer;
import dev.cxkit.json.ser.WeightedScoreHistogramSerializer;
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
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.stats.Interval;
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
        both(Interaction.class, InteractionSerializer.INSTANCE,
                InteractionDeserializer.INSTANCE);
        both(SurveyResponse.class, SurveyResponseSerializer.INSTANCE,
                SurveyResponseDeserializer.INSTANCE);
        both(Journey.class, JourneySerializer.INSTANCE, JourneyDeserializer.INSTANCE);
        both(ScoreHistogram.class, ScoreHistogramSerializer.INSTANCE,
                ScoreHistogramDeserializer.INSTANCE);
        both(WeightedScoreHistogram.class, WeightedScoreHistogramSerializer.INSTANCE,
                WeightedScoreHistogramDeserializer.INSTANCE);
        both(Interval.class, IntervalSerializer.INSTANCE, IntervalDeserializer.INSTANCE);
    }

    private <T> void both(Class<T> type, ValueSerializer<T> serializer,
            ValueDeserializer<T> deserializer) {
        addSerializer(type, serializer);
        addDeserializer(type, deserializer);
    }
}
