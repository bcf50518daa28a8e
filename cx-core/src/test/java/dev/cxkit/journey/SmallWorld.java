package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.at;
import static dev.cxkit.journey.Fixtures.hours;

import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.Duration;
import java.util.List;

/**
 * Three hand-made journeys for friction and service tests.
 *
 * <pre>
 * a: hotline 0h abandoned, unresolved (wait 60s)  hotline 2h resolved (wait 120s, handling 300s)
 *    chat 100h escalated, unresolved
 *    CSAT 1 and NPS 3 about the hotline
 * b: hotline 10h resolved (wait 30s, handling 600s)   shop 11h resolved
 *    CSAT 5 and NPS 10 about the shop
 * c: hotline 0h resolved   hotline 30h resolved
 *    CES 2 about the hotline, CES 6 about the chat
 * </pre>
 */
final class SmallWorld {

    static final List<Journey> JOURNEYS = List.of(
            new Journey(
                    "a",
                    List.of(
                            at("a", "hotline", 0, Outcome.ABANDONED, false)
                                    .withDurations(Duration.ofSeconds(60), Duration.ZERO),
                            at("a", "hotline", 2)
                                    .withDurations(
                                            Duration.ofSeconds(120), Duration.ofSeconds(300)),
                            at("a", "chat", 100, Outcome.ESCALATED, false)),
                    List.of(
                            response("a", Scale.CSAT, 1, "hotline"),
                            response("a", Scale.NPS, 3, "hotline"))),
            new Journey(
                    "b",
                    List.of(
                            at("b", "hotline", 10)
                                    .withDurations(Duration.ofSeconds(30), Duration.ofSeconds(600)),
                            at("b", "shop", 11)),
                    List.of(
                            response("b", Scale.CSAT, 5, "shop"),
                            response("b", Scale.NPS, 10, "shop"))),
            new Journey(
                    "c",
                    List.of(at("c", "hotline", 0), at("c", "hotline", 30)),
                    List.of(
                            response("c", Scale.CES, 2, "hotline"),
                            response("c", Scale.CES, 6, "chat"))));

    private SmallWorld() {}

    private static SurveyResponse response(
            String customer, Scale scale, int score, String touchpoint) {
        return SurveyResponse.of(customer, hours(50), scale, score).withTouchpoint(touchpoint);
    }
}
