package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.json.read.RecordReader;
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
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

class RoundTripTest {

    private static final JsonMapper MAPPER = CxJson.mapper();

    private static <T> void roundTrips(
            String name, Class<T> type, Function<Property.Trial, T> draw) {
        Property.check(name + " round trip", trial -> {
            T value = draw.apply(trial);
            String json = MAPPER.writeValueAsString(value);
            assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(value);
        });
    }

    @Test
    void modelTypesRoundTrip() {
        roundTrips("SurveyResponse", SurveyResponse.class, Samples::response);
        roundTrips("Interaction", Interaction.class, Samples::interaction);
        roundTrips("Customer", Customer.class, Samples::customer);
        roundTrips("Touchpoint", Touchpoint.class, Samples::touchpoint);
        roundTrips("Journey", Journey.class, Samples::journey);
        roundTrips("Scale", Scale.class, Samples::scale);
        roundTrips("Channel", Channel.class, trial -> Samples.touchpoint(trial).channel());
        roundTrips("Stage", Stage.class, trial -> Samples.touchpoint(trial).stage());
        roundTrips(
                "ContactType",
                ContactType.class,
                trial -> Samples.touchpoint(trial).contact());
        roundTrips("Outcome", Outcome.class, trial -> Samples.interaction(trial).outcome());
        roundTrips(
                "StageModel",
                StageModel.class,
                trial -> trial.random().nextBoolean()
                        ? StageModel.DETAILED
                        : StageModel.of("a", "b" + Samples.text(trial, 3)));
    }

    @Test
    void scoreSummariesRoundTrip() {
        roundTrips("ScoreHistogram", ScoreHistogram.class, Samples::histogram);
        roundTrips(
                "WeightedScoreHistogram", WeightedScoreHistogram.class, Samples::weightedHistogram);
        roundTrips("Interval", Interval.class, trial -> {
            double lower = trial.doubleIn(-1e9, 1e9);
            return new Interval(
                    lower,
                    lower + trial.doubleIn(0, 1e9),
                    trial.doubleIn(0.5, 0.999),
                    Samples.text(trial, 4),
                    Interval.Unit.values()[trial.intIn(0, Interval.Unit.values().length - 1)]);
        });
    }

    @Test
    void modelTypesAreFoundByFindAndAddModules() {
        JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
        SurveyResponse response = SurveyResponse.of("c", Instant.EPOCH, Scale.CES, 7);

        String json = discovered.writeValueAsString(response);

        assertThat(json)
                .isEqualTo("{\"customerId\":\"c\",\"time\":\"1970-01-01T00:00:00Z\","
                        + "\"instrument\":\"ces\",\"score\":7,\"weight\":1.0}");
        assertThat(discovered.readValue(json, SurveyResponse.class)).isEqualTo(response);
    }

    @Test
    void ndjsonWrittenRecordsReadBackEqualThroughEveryReader() {
        Property.check("NDJSON writer to reader", 50, trial -> {
            List<SurveyResponse> responses = new ArrayList<>();
            List<Interaction> interactions = new ArrayList<>();
            List<Customer> customers = new ArrayList<>();
            int n = trial.intIn(0, 20);
            for (int i = 0; i < n; i++) {
                responses.add(Samples.response(trial));
                interactions.add(Samples.interaction(trial));
                customers.add(Samples.customer(trial));
            }
            assertThat(writeAndRead(responses, CxReader.surveyResponses())).isEqualTo(responses);
            assertThat(writeAndRead(interactions, CxReader.interactions())).isEqualTo(interactions);
            assertThat(writeAndRead(customers, CxReader.customers())).isEqualTo(customers);
            String array = MAPPER.writeValueAsString(responses);
            try (RecordReader<SurveyResponse> read = CxReader.surveyResponses()
                    .withFormat(RecordFormat.JSON_ARRAY)
                    .open(new StringReader(array), "array")) {
                assertThat(read.stream().toList()).isEqualTo(responses);
            }
        });
    }

    private static <T> List<T> writeAndRead(List<T> values, CxReader<T> reader) throws IOException {
        StringWriter text = new StringWriter();
        try (NdjsonWriter writer = NdjsonWriter.to(text)) {
            writer.writeAll(values);
        }
        assertThat(text.toString().lines()).hasSize(values.size());
        try (RecordReader<T> read = reader.open(new StringReader(text.toString()), "ndjson")) {
            return read.stream().toList();
        }
    }
}
