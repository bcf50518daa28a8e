package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.clv.RfmSummary;
import dev.cxkit.clv.TransactionLog;
import dev.cxkit.journey.ConsistencyAccumulator;
import dev.cxkit.journey.FrictionAccumulator;
import dev.cxkit.journey.FrictionSignal;
import dev.cxkit.journey.FunnelAccumulator;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.ServiceAccumulator;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.live.DurationHistogram;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Channel;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;
import dev.cxkit.text.SentimentAccumulator;
import dev.cxkit.text.SentimentSummary;
import dev.cxkit.text.TermCountAccumulator;
import dev.cxkit.text.TermCounts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed bytes of each binary form at its current version (written by
 * {@code golden/make_golden.py} from the documented layouts, or for the forms whose body is a
 * library's encoding by {@code golden/make_golden.jsh}; see {@code golden/README.md}) decode to the expected summary and
 * re-encode bit for bit: a change that would break stored partial results fails here.
 */
class GoldenBytesTest {

    @Test
    void scoreHistogramVersion1() {
        byte[] golden = resource("score-histogram-v1.bin");
        ScoreHistogram decoded = ScoreHistogram.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void weightedScoreHistogramVersion1() {
        byte[] golden = resource("weighted-score-histogram-v1.bin");
        WeightedScoreHistogram decoded = WeightedScoreHistogram.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(3, 2)
                        .add(3, 0.5)
                        .add(5, 1)
                        .snapshot());
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void riskSetsVersion1() {
        byte[] golden = resource("risk-sets-v1.bin");
        RiskSets decoded = RiskSets.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(RiskSets.ofCounts(
                        new double[] {1, 2.5, 7}, new long[] {2, 0, 1}, new long[] {1, 3, 0}));
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void groupedScoresVersion1() {
        byte[] golden = resource("grouped-scores-v1.bin");
        GroupedScores decoded = GroupedScores.fromByteArray(golden);
        GroupKey month = GroupKey.period(CalendarPeriod.MONTH, ZoneOffset.UTC);
        Map<List<String>, ScoreHistogram> groups = Map.of(
                List.of("app", "2026-01"), ScoreHistogram.of(Scale.CSAT, 0, 0, 1, 2, 3),
                List.of("loja-são-paulo", "2026-02"), ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 0),
                List.of("web", "2026-01"), ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 1),
                List.of("web", "2026-02"), ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 0, 4));
        assertThat(decoded)
                .isEqualTo(GroupedScores.of(
                        Scale.CSAT, List.of(GroupKey.touchpoint(), month), groups));
        assertThat(decoded.keys().get(1).period()).contains(CalendarPeriod.MONTH);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void strataVersion1() {
        byte[] golden = resource("strata-v1.bin");
        Strata<String> decoded = Strata.fromByteArray(golden, key -> key);
        Map<String, RiskSets> strata = new LinkedHashMap<>();
        strata.put(
                "basic",
                RiskSets.ofCounts(new double[] {1, 4}, new long[] {1, 0}, new long[] {0, 2}));
        strata.put("pró", RiskSets.ofCounts(new double[] {2}, new long[] {3}, new long[] {1}));
        assertThat(decoded).isEqualTo(Strata.of(strata));
        assertThat(decoded.keys()).containsExactly("basic", "pró");
        assertThat(decoded.toByteArray(key -> key)).isEqualTo(golden);
    }

    @Test
    void rfmPatternsVersion1() {
        byte[] golden = resource("rfm-patterns-v1.bin");
        RfmPatterns decoded = RfmPatterns.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(RfmPatterns.builder()
                        .add(2, 5, 8, 1)
                        .add(1, 4.5, 10, 1)
                        .add(0, 0, 10, 5)
                        .add(1, 3, 9, 2)
                        .build());
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void termCountsVersion1() {
        byte[] golden = resource("term-counts-v1.bin");
        TermCounts decoded = TermCounts.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(TermCountAccumulator.create("pt", 100, 2)
                        .add(List.of("não", "recebi", "produto"))
                        .add(List.of("produto", "errado"))
                        .add(List.of())
                        .snapshot());
        assertThat(decoded.count("não recebi")).isEqualTo(1);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void durationHistogramVersion1() {
        byte[] golden = resource("duration-histogram-v1.bin");
        DurationHistogram decoded = DurationHistogram.fromByteArray("wait time", golden);
        assertThat(decoded)
                .isEqualTo(DurationHistogram.of(
                        "wait time",
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(45),
                        Duration.ofMinutes(2),
                        Duration.ofMillis(1500)));
        assertThat(decoded.n()).isEqualTo(4);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void funnelVersion1() {
        byte[] golden = resource("funnel-v1.bin");
        TouchpointCatalogue catalogue = TouchpointCatalogue.of(
                StageModel.DEFAULT,
                List.of(
                        Touchpoint.of("ad", Channel.ADVERTISING, Stage.of("pre-purchase")),
                        Touchpoint.of("shop", Channel.WEB, Stage.of("purchase")),
                        Touchpoint.of("hotline", Channel.PHONE, Stage.of("post-purchase"))));
        FunnelAccumulator decoded = FunnelAccumulator.fromByteArray(catalogue, golden);
        FunnelAccumulator expected = FunnelAccumulator.create(catalogue)
                .add(Interaction.of("zé", "shop", Instant.parse("2026-01-03T00:00:00Z")))
                .add(Interaction.of("ana", "shop", Instant.parse("2026-01-02T10:30:00.5Z")))
                .add(Interaction.of("ana", "ad", Instant.parse("2026-01-01T00:00:00Z")))
                .add(Interaction.of(
                        "bo", "hotline", Instant.parse("1969-12-31T23:59:59.999999999Z")));
        assertThat(decoded.snapshot()).isEqualTo(expected.snapshot());
        assertThat(expected.toByteArray()).isEqualTo(golden);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    /** The responses of both consistency files. */
    private static ConsistencyAccumulator consistencyResponses() {
        Instant at = Instant.parse("2026-01-05T12:00:00Z");
        return ConsistencyAccumulator.create()
                .add(SurveyResponse.of("a", at, Scale.CSAT, 1).withTouchpoint("web"))
                .add(SurveyResponse.of("b", at, Scale.CSAT, 4).withTouchpoint("app"))
                .add(SurveyResponse.of("c", at, Scale.CES_LEGACY, 1)
                        .withTouchpoint("loja-são-paulo"))
                .add(SurveyResponse.of("d", at, Scale.CSAT, 3).withTouchpoint("web"))
                .add(SurveyResponse.of("e", at, Scale.NPS, 10).withTouchpoint("app"))
                .add(SurveyResponse.of("f", at, Scale.NPS, 5).withTouchpoint("web"));
    }

    /** Version 1's rounded sums are still read, as exact binary fractions with the same means. */
    @Test
    void consistencyVersion1() {
        ConsistencyAccumulator decoded =
                ConsistencyAccumulator.fromByteArray(resource("consistency-v1.bin"));
        assertThat(decoded.snapshot()).isEqualTo(consistencyResponses().snapshot());
        assertThat(decoded.snapshot().touchpointMeans())
                .containsExactlyEntriesOf(
                        new TreeMap<>(Map.of("app", 0.875, "loja-são-paulo", 1.0, "web", 1 / 3.0)));
        ConsistencyAccumulator more = consistencyResponses();
        assertThat(ConsistencyAccumulator.fromByteArray(decoded.toByteArray())
                        .merge(more)
                        .snapshot())
                .isEqualTo(decoded.merge(more).snapshot());
    }

    @Test
    void consistencyVersion2() {
        byte[] golden = resource("consistency-v2.bin");
        ConsistencyAccumulator decoded = ConsistencyAccumulator.fromByteArray(golden);
        ConsistencyAccumulator expected = consistencyResponses();
        assertThat(decoded.snapshot()).isEqualTo(expected.snapshot());
        assertThat(expected.toByteArray()).isEqualTo(golden);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    /** The catalogue of the friction and service forms: a store and a hotline. */
    private static final TouchpointCatalogue STORE_AND_HOTLINE = TouchpointCatalogue.of(
            StageModel.DEFAULT,
            List.of(
                    Touchpoint.of("loja-são-paulo", Channel.STORE, Stage.of("purchase")),
                    Touchpoint.of("hotline", Channel.PHONE, Stage.of("post-purchase"))));

    /** Repeats within 48 hours at the same stage. */
    private static final RepeatContact TWO_DAYS_AT_A_STAGE =
            new RepeatContact(Duration.ofHours(48), RepeatContact.Scope.STAGE);

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void frictionVersion1() {
        byte[] golden = resource("friction-v1.bin");
        FrictionAccumulator decoded = FrictionAccumulator.fromByteArray(STORE_AND_HOTLINE, golden);
        FrictionAccumulator expected = FrictionAccumulator.create(
                        STORE_AND_HOTLINE, TWO_DAYS_AT_A_STAGE)
                .add(new Journey(
                        "ana",
                        List.of(
                                Interaction.of("ana", "hotline", T0)
                                        .withOutcome(Outcome.ABANDONED, false),
                                Interaction.of("ana", "hotline", T0.plus(Duration.ofHours(10)))),
                        List.of(
                                about("ana", T0, Scale.CSAT, 2, "hotline"),
                                about("ana", T0, Scale.CES, 6, "hotline"),
                                about("ana", T0, Scale.CES_LEGACY, 4, "hotline"),
                                about("ana", T0, Scale.NPS, 9, "loja-são-paulo"),
                                about("ana", T0, Scale.of("stars", 1, 10), 7, "hotline"))))
                .add(new Journey(
                        "bo",
                        List.of(Interaction.of("bo", "loja-são-paulo", T0.plus(Duration.ofHours(5)))
                                .withOutcome(Outcome.ESCALATED, false)),
                        List.of(about("bo", T0, Scale.NPS, 0, "loja-são-paulo"))));
        assertThat(decoded.snapshot()).isEqualTo(expected.snapshot());
        assertThat(decoded.snapshot().evidence("hotline").get(FrictionSignal.REPEAT_CONTACT))
                .isEqualTo(new Proportion("repeat contact", 1, 2));
        assertThat(expected.toByteArray()).isEqualTo(golden);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void serviceVersion1() {
        byte[] golden = resource("service-v1.bin");
        ServiceAccumulator decoded = ServiceAccumulator.fromByteArray(STORE_AND_HOTLINE, golden);
        ServiceAccumulator expected = ServiceAccumulator.create(
                        STORE_AND_HOTLINE, TWO_DAYS_AT_A_STAGE)
                .add(new Journey(
                        "ana",
                        List.of(
                                Interaction.of("ana", "hotline", T0)
                                        .withOutcome(Outcome.ABANDONED, false)
                                        .withDurations(Duration.ofSeconds(60), Duration.ZERO),
                                Interaction.of("ana", "hotline", T0.plus(Duration.ofHours(10)))
                                        .withDurations(
                                                Duration.ofSeconds(30),
                                                Duration.ofSeconds(300, 500_000_000))),
                        List.of()))
                .add(new Journey(
                        "bo",
                        List.of(new Interaction(
                                "bo",
                                "loja-são-paulo",
                                T0.plus(Duration.ofHours(5)),
                                Outcome.COMPLETED,
                                Optional.empty(),
                                Optional.of(Duration.ofSeconds(120)),
                                true)),
                        List.of()));
        assertThat(decoded.byTouchpoint()).isEqualTo(expected.byTouchpoint());
        assertThat(decoded.byChannel()).isEqualTo(expected.byChannel());
        assertThat(decoded.byTouchpoint().get("hotline").firstContactResolution())
                .isEqualTo(new Proportion("first-contact resolution", 0, 1));
        assertThat(expected.toByteArray()).isEqualTo(golden);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    /** Version 1's rounded mean and squares are still read, as exact sums. */
    @Test
    void sentimentSummaryVersion1() {
        SentimentSummary decoded =
                SentimentSummary.fromByteArray(resource("sentiment-summary-v1.bin"));
        SentimentSummary expected =
                SentimentAccumulator.create().add(0).add(0.5).add(-0.5).add(1).snapshot();
        assertThat(decoded).isEqualTo(expected);
        assertThat(decoded.mean()).isEqualTo(0.25);
    }

    @Test
    void sentimentSummaryVersion2() {
        byte[] golden = resource("sentiment-summary-v2.bin");
        SentimentSummary decoded = SentimentSummary.fromByteArray(golden);
        SentimentSummary expected = SentimentAccumulator.create()
                .add(0)
                .add(0.5)
                .add(-0.5)
                .add(1)
                .add(0.1)
                .snapshot();
        assertThat(decoded).isEqualTo(expected);
        assertThat(decoded.mean()).isEqualTo(0.22);
        assertThat(expected.toByteArray()).isEqualTo(golden);
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void transactionLogVersion1() {
        byte[] golden = resource("transaction-log-v1.bin");
        TransactionLog<String> decoded = TransactionLog.fromByteArray(golden, key -> key);
        TransactionLog<String> expected = TransactionLog.<String>create(
                        ZoneId.of("America/Sao_Paulo"))
                .add("zé", LocalDate.parse("2026-01-10"), new BigDecimal("1000"))
                .add("ana", LocalDate.parse("2026-01-05"), new BigDecimal("10.00"))
                .add("bo", LocalDate.parse("2025-12-31"), 0.5)
                .add("ana", LocalDate.parse("2026-02-01"), BigDecimal.ZERO)
                .add("ana", LocalDate.parse("2026-01-05"), 9.99);
        LocalDate end = LocalDate.parse("2026-03-01");
        assertThat(decoded.summarize(end, ChronoUnit.DAYS))
                .isEqualTo(expected.summarize(end, ChronoUnit.DAYS));
        assertThat(decoded.transactions()).isEqualTo(5);
        assertThat(decoded.summarize(end, ChronoUnit.DAYS).get("ana"))
                .isEqualTo(new RfmSummary(1, 27, 55, 0, 0));
        assertThat(expected.toByteArray(key -> key)).isEqualTo(golden);
        assertThat(decoded.toByteArray(key -> key)).isEqualTo(golden);
    }

    private static SurveyResponse about(
            String customer, Instant at, Scale scale, int score, String touchpoint) {
        return SurveyResponse.of(customer, at, scale, score).withTouchpoint(touchpoint);
    }

    private static byte[] resource(String name) {
        try (InputStream in =
                GoldenBytesTest.class.getResourceAsStream("/dev/cxkit/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
