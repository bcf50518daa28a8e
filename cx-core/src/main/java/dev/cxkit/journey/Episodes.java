package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.SurveyResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Splits a journey into episodes at gaps of inactivity. */
final class Episodes {

    private Episodes() {}

    /**
     * The episodes of {@code journey}: a new one starts at an event more than {@code gap} after
     * the previous event, interactions and responses taken together in time order (at the same
     * instant, interactions first). An empty journey has no episodes.
     */
    static List<Journey> split(Journey journey, Duration gap) {
        List<Journey> episodes = new ArrayList<>();
        List<Interaction> interactions = journey.interactions();
        List<SurveyResponse> responses = journey.responses();
        int i = 0;
        int r = 0;
        int episodeStartI = 0;
        int episodeStartR = 0;
        Instant previous = null;
        while (i < interactions.size() || r < responses.size()) {
            boolean takeInteraction = r == responses.size()
                    || i < interactions.size()
                            && !interactions
                                    .get(i)
                                    .time()
                                    .isAfter(responses.get(r).time());
            Instant at = takeInteraction
                    ? interactions.get(i).time()
                    : responses.get(r).time();
            if (previous != null && Duration.between(previous, at).compareTo(gap) > 0) {
                episodes.add(new Journey(
                        journey.customerId(),
                        interactions.subList(episodeStartI, i),
                        responses.subList(episodeStartR, r)));
                episodeStartI = i;
                episodeStartR = r;
            }
            if (takeInteraction) {
                i++;
            } else {
                r++;
            }
            previous = at;
        }
        if (previous != null) {
            episodes.add(new Journey(
                    journey.customerId(),
                    interactions.subList(episodeStartI, i),
                    responses.subList(episodeStartR, r)));
        }
        return episodes;
    }
}
