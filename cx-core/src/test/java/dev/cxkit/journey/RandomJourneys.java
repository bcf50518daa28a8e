package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property.Trial;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Random journeys over {@link Fixtures#CATALOGUE}, one per customer, for the merge laws of the
 * accumulators that take journeys: interactions in time order (often within a day of each
 * other, so that repeat contacts happen) with every outcome, some resolved, some with measured
 * wait and handling times; responses on the friction instruments and on a custom scale, some
 * about no touchpoint.
 */
final class RandomJourneys {

    private static final String[] TOUCHPOINTS = {"ad", "shop", "hotline", "chat"};
    private static final Scale[] SCALES = {
        Scale.CSAT, Scale.NPS, Scale.CES, Scale.CES_LEGACY, Scale.of("stars", 1, 10)
    };
    private static final Outcome[] OUTCOMES = Outcome.values();

    private RandomJourneys() {}

    static List<Journey> of(Trial trial, int size) {
        List<Journey> journeys = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            journeys.add(journey(trial, "c" + i));
        }
        return journeys;
    }

    private static Journey journey(Trial trial, String customer) {
        Instant time = Fixtures.T0;
        List<Interaction> interactions = new ArrayList<>();
        for (int i = trial.intIn(0, 5); i > 0; i--) {
            time = time.plus(Duration.ofHours(trial.intIn(0, 40)));
            Interaction interaction = Interaction.of(
                            customer, TOUCHPOINTS[trial.intIn(0, TOUCHPOINTS.length - 1)], time)
                    .withOutcome(
                            OUTCOMES[trial.intIn(0, OUTCOMES.length - 1)],
                            trial.random().nextBoolean());
            interactions.add(
                    trial.random().nextBoolean()
                            ? interaction.withDurations(
                                    Duration.ofSeconds(trial.intIn(0, 600)),
                                    Duration.ofSeconds(trial.intIn(0, 1800)))
                            : interaction);
        }
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = trial.intIn(0, 3); i > 0; i--) {
            Scale scale = SCALES[trial.intIn(0, SCALES.length - 1)];
            SurveyResponse response =
                    SurveyResponse.of(customer, time, scale, trial.intIn(scale.min(), scale.max()));
            int touchpoint = trial.intIn(0, TOUCHPOINTS.length);
            responses.add(
                    touchpoint == TOUCHPOINTS.length
                            ? response
                            : response.withTouchpoint(TOUCHPOINTS[touchpoint]));
        }
        return new Journey(customer, interactions, responses);
    }
}
