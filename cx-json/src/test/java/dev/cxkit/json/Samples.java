package dev.cxkit.json;

import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.testing.Property.Trial;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Random cxkit values drawn from a property trial, with awkward text on purpose. */
final class Samples {

    private static final String[] PIECES = {
        "a",
        "Z",
        "0",
        " ",
        "\"",
        "\\",
        "\n",
        "\r",
        "\t",
        ",",
        "{",
        "}",
        "é",
        "日本",
        "\uD83D\uDE00",
        "\u2028",
        "\u0000",
        "\uFEFF",
        "null",
        "—"
    };
    private static final Scale[] SCALES = {
        Scale.NPS,
        Scale.CSAT,
        Scale.CES,
        Scale.CES_LEGACY,
        Scale.of("stars", 1, 10),
        Scale.of("nps", 1, 5),
        Scale.of("thermometer", -50, 50)
    };

    private Samples() {}

    static String text(Trial trial, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = trial.intIn(0, maxPieces);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[trial.random().nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    static String id(Trial trial) {
        return "id-" + trial.random().nextInt(1000) + text(trial, 3);
    }

    static Instant instant(Trial trial) {
        return Instant.ofEpochSecond(
                trial.longIn(-62_000_000_000L, 250_000_000_000L), trial.intIn(0, 999_999_999));
    }

    static Scale scale(Trial trial) {
        return SCALES[trial.random().nextInt(SCALES.length)];
    }

    static <T> Optional<T> maybe(Trial trial, T value) {
        return trial.random().nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    static SurveyResponse response(Trial trial, String customerId, Instant time) {
        Scale scale = scale(trial);
        double weight = trial.random().nextInt(4) == 0 ? 1.0 : trial.doubleIn(0, 1e6);
        return new SurveyResponse(
                customerId,
                maybe(trial, id(trial)),
                time,
                scale,
                trial.intIn(scale.min(), scale.max()),
                weight,
                maybe(trial, text(trial, 12)));
    }

    static SurveyResponse response(Trial trial) {
        return response(trial, id(trial), instant(trial));
    }

    static Interaction interaction(Trial trial, String customerId, Instant time) {
        Outcome outcome = Outcome.values()[trial.random().nextInt(Outcome.values().length)];
        return new Interaction(
                customerId,
                id(trial),
                time,
                outcome,
                maybe(trial, Duration.ofMillis(trial.longIn(0, 10_000_000_000L))),
                maybe(trial, Duration.ofNanos(trial.longIn(0, Long.MAX_VALUE))),
                trial.random().nextBoolean());
    }

    static Interaction interaction(Trial trial) {
        return interaction(trial, id(trial), instant(trial));
    }

    static Customer customer(Trial trial) {
        Instant acquired = instant(trial);
        Map<String, String> attributes = new HashMap<>();
        int count = trial.intIn(0, 4);
        for (int i = 0; i < count; i++) {
            attributes.put("k" + i + text(trial, 2), text(trial, 6));
        }
        Optional<Instant> churned =
                maybe(trial, acquired.plusSeconds(trial.longIn(0, 1_000_000_000L)));
        return new Customer(id(trial), acquired, churned, attributes);
    }

    static Touchpoint touchpoint(Trial trial) {
        return new Touchpoint(
                id(trial),
                "name " + text(trial, 4),
                Channel.of("ch-" + trial.random().nextInt(20)),
                Stage.of("st" + text(trial, 2)),
                trial.random().nextBoolean() ? ContactType.DIRECT : ContactType.INDIRECT);
    }

    static Journey journey(Trial trial) {
        String customer = id(trial);
        Instant start = instant(trial);
        List<Interaction> interactions = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        int events = trial.intIn(0, 6);
        for (int i = 0; i < events; i++) {
            Instant at = start.plusSeconds(i * 60L);
            interactions.add(interaction(trial, customer, at));
            responses.add(response(trial, customer, at));
        }
        return new Journey(customer, interactions, responses);
    }

    static ScoreHistogram histogram(Trial trial) {
        Scale scale = scale(trial);
        ScoreAccumulator accumulator = ScoreAccumulator.create(scale);
        int n = trial.intIn(0, 200);
        for (int i = 0; i < n; i++) {
            accumulator.add(trial.random().nextInt(scale.min(), scale.max() + 1));
        }
        return accumulator.snapshot();
    }

    static WeightedScoreHistogram weightedHistogram(Trial trial) {
        Scale scale = scale(trial);
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(scale);
        int n = trial.intIn(0, 200);
        for (int i = 0; i < n; i++) {
            accumulator.add(
                    trial.random().nextInt(scale.min(), scale.max() + 1), trial.doubleIn(0, 50));
        }
        return accumulator.snapshot();
    }
}
