package dev.cxkit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Channel;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsComparison;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.SegmentedScoreAccumulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

class ScorecardTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<String, Touchpoint> CATALOGUE = Map.of(
            "checkout", Touchpoint.of("checkout", Channel.WEB, Stage.of("purchase")),
            "hotline", Touchpoint.of("hotline", Channel.PHONE, Stage.of("support")),
            "chat", Touchpoint.of("chat", Channel.CHAT, Stage.of("support")));

    private static SurveyResponse response(
            String customer, String touchpoint, String time, int score) {
        return SurveyResponse.of(customer, Instant.parse(time), Scale.NPS, score)
                .withTouchpoint(touchpoint);
    }

    /** 40 checkout (mostly promoters), 25 hotline (mostly detractors), 5 chat responses. */
    private static List<SurveyResponse> responses() {
        List<SurveyResponse> responses = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            responses.add(response(
                    "c" + i,
                    "checkout",
                    "2024-0" + (1 + i % 3) + "-10T12:00:00Z",
                    i % 5 == 0 ? 7 : 9 + random.nextInt(2)));
        }
        for (int i = 0; i < 25; i++) {
            responses.add(response(
                    "h" + i,
                    "hotline",
                    "2024-0" + (1 + i % 3) + "-10T12:00:00Z",
                    i % 4 == 0 ? 8 : random.nextInt(7)));
        }
        for (int i = 0; i < 5; i++) {
            responses.add(response("t" + i, "chat", "2024-02-10T12:00:00Z", 5 + i));
        }
        return responses;
    }

    private static GroupedScores grouped(List<GroupKey> keys) {
        return responses().stream()
                .collect(GroupedScoreAccumulator.toGroupedScores(Scale.NPS, keys));
    }

    @Test
    void rowsPerTouchpointWithNIntervalAndSmallSampleFlag() {
        Scorecard scorecard =
                Scorecard.of(ScoreMetric.nps(), grouped(List.of(GroupKey.touchpoint())));
        assertThat(scorecard.keyNames()).containsExactly("touchpoint");
        assertThat(scorecard.rows())
                .extracting(ScorecardRow::key)
                .containsExactly(List.of("chat"), List.of("checkout"), List.of("hotline"));
        ScorecardRow chat = scorecard.row(List.of("chat")).orElseThrow();
        assertThat(chat.n()).isEqualTo(5);
        assertThat(chat.smallSample()).isTrue();
        assertThat(chat.value()).isEqualTo(Nps.of(chat.histogram()).value());
        assertThat(chat.interval()).contains(Nps.of(chat.histogram()).interval(0.95));
        assertThat(scorecard.row(List.of("checkout")).orElseThrow().smallSample())
                .isFalse();
        ScorecardRow total = scorecard.total();
        assertThat(total.key()).isEmpty();
        assertThat(total.n()).isEqualTo(70);
        assertThat(scorecard.rows().stream().mapToLong(ScorecardRow::n).sum()).isEqualTo(70);
        assertThat(scorecard.row(List.of("store"))).isEmpty();
    }

    @Test
    void catalogueResolvesChannelAndStageAndCombinationsGroupTogether() {
        GroupKey channel = GroupKey.channel(CATALOGUE);
        GroupKey stage = GroupKey.stage(CATALOGUE);
        Scorecard byStageAndChannel =
                Scorecard.of(ScoreMetric.nps(), grouped(List.of(stage, channel)), 0.9, 10);
        assertThat(byStageAndChannel.rows())
                .extracting(ScorecardRow::key)
                .containsExactly(
                        List.of("purchase", "web"),
                        List.of("support", "chat"),
                        List.of("support", "phone"));
        assertThat(byStageAndChannel
                        .row(List.of("support", "chat"))
                        .orElseThrow()
                        .smallSample())
                .isTrue();
        Scorecard byStage = Scorecard.of(ScoreMetric.nps(), grouped(List.of(stage)));
        assertThat(byStage.row(List.of("support")).orElseThrow().n()).isEqualTo(30);
        SurveyResponse unknown = response("x", "kiosk", "2024-01-01T00:00:00Z", 3);
        SurveyResponse none = SurveyResponse.of("y", Instant.EPOCH, Scale.NPS, 3);
        assertThat(channel.valueOf(unknown)).isEqualTo(GroupKey.UNKNOWN);
        assertThat(channel.valueOf(none)).isEqualTo(GroupKey.NONE);
        assertThat(GroupKey.touchpoint().valueOf(none)).isEqualTo(GroupKey.NONE);
    }

    @Test
    void customerAttributesAndPeriodsInATimeZone() {
        Map<String, Customer> customers = Map.of(
                "a",
                new Customer("a", Instant.EPOCH, Optional.empty(), Map.of("region", "north")),
                "b",
                Customer.of("b", Instant.EPOCH));
        GroupKey region = GroupKey.customerAttribute("region", customers);
        assertThat(region.name()).isEqualTo("region");
        assertThat(region.valueOf(SurveyResponse.of("a", Instant.EPOCH, Scale.NPS, 1)))
                .isEqualTo("north");
        assertThat(region.valueOf(SurveyResponse.of("b", Instant.EPOCH, Scale.NPS, 1)))
                .isEqualTo(GroupKey.NONE);
        assertThat(region.valueOf(SurveyResponse.of("z", Instant.EPOCH, Scale.NPS, 1)))
                .isEqualTo(GroupKey.UNKNOWN);
        // 23:30 UTC on 31 January is already February in Berlin
        GroupKey month = GroupKey.period(CalendarPeriod.MONTH, BERLIN);
        assertThat(month.name()).isEqualTo("month");
        assertThat(month.period()).contains(CalendarPeriod.MONTH);
        assertThat(month.valueOf(response("a", "chat", "2024-01-31T23:30:00Z", 9)))
                .isEqualTo("2024-02");
        assertThat(GroupKey.period(CalendarPeriod.MONTH, ZoneId.of("UTC"))
                        .valueOf(response("a", "chat", "2024-01-31T23:30:00Z", 9)))
                .isEqualTo("2024-01");
    }

    @Test
    void comparisonWithTheRestUsesTotalMinusRowAndAdjusts() {
        Scorecard scorecard = Scorecard.of(
                ScoreMetric.nps(NpsBreaks.STANDARD, NpsIntervalMethod.WALD),
                grouped(List.of(GroupKey.touchpoint())));
        List<RowComparison> comparisons = scorecard.compareWithRest(Adjustment.HOLM);
        assertThat(comparisons)
                .extracting(RowComparison::key)
                .containsExactly(List.of("chat"), List.of("checkout"), List.of("hotline"));
        ScoreHistogram checkout =
                scorecard.row(List.of("checkout")).orElseThrow().histogram();
        ScoreHistogram rest = scorecard
                .row(List.of("chat"))
                .orElseThrow()
                .histogram()
                .plus(scorecard.row(List.of("hotline")).orElseThrow().histogram());
        NpsComparison expected = NpsComparison.of(Nps.of(checkout), Nps.of(rest));
        RowComparison checkoutVsRest = comparisons.get(1);
        assertThat(checkoutVsRest.baseline()).isEmpty();
        assertThat(checkoutVsRest.difference().value()).isEqualTo(expected.value());
        assertThat(checkoutVsRest.difference().standardError()).isEqualTo(expected.standardError());
        assertThat(checkoutVsRest.difference().pValue()).isEqualTo(expected.pValue());
        assertThat(checkoutVsRest.difference().value()).isPositive();
        assertThat(comparisons.get(2).difference().value()).isNegative();
        double[] raw =
                comparisons.stream().mapToDouble(c -> c.difference().pValue()).toArray();
        double[] holm = Adjustment.HOLM.adjust(raw);
        for (int i = 0; i < raw.length; i++) {
            assertThat(comparisons.get(i).adjustedPValue()).isEqualTo(holm[i]);
        }
        assertThat(checkoutVsRest.isSignificant(0.05)).isTrue();
    }

    @Test
    void comparisonWithThePreviousPeriodOfTheSameGroup() {
        Scorecard scorecard = Scorecard.of(
                ScoreMetric.nps(),
                grouped(List.of(
                        GroupKey.touchpoint(), GroupKey.period(CalendarPeriod.MONTH, BERLIN))));
        List<RowComparison> comparisons =
                scorecard.compareWithPreviousPeriod(Adjustment.BENJAMINI_HOCHBERG);
        // chat has only February; checkout and hotline compare February with January, March with
        // February
        assertThat(comparisons)
                .extracting(RowComparison::key, RowComparison::baseline)
                .containsExactly(
                        tuple(List.of("checkout", "2024-02"), List.of("checkout", "2024-01")),
                        tuple(List.of("checkout", "2024-03"), List.of("checkout", "2024-02")),
                        tuple(List.of("hotline", "2024-02"), List.of("hotline", "2024-01")),
                        tuple(List.of("hotline", "2024-03"), List.of("hotline", "2024-02")));
        RowComparison first = comparisons.get(0);
        NpsComparison expected = NpsComparison.of(
                Nps.of(scorecard
                        .row(List.of("checkout", "2024-02"))
                        .orElseThrow()
                        .histogram()),
                Nps.of(scorecard
                        .row(List.of("checkout", "2024-01"))
                        .orElseThrow()
                        .histogram()),
                NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(first.difference().value()).isEqualTo(expected.value());
        assertThat(first.difference().method()).isEqualTo("adjusted-wald");
        assertThatThrownBy(() -> Scorecard.of(
                                ScoreMetric.nps(), grouped(List.of(GroupKey.touchpoint())))
                        .compareWithPreviousPeriod(Adjustment.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "comparing with the previous period needs a period key, the keys were [touchpoint]");
    }

    @Test
    void everyComparisonIsTheDifferenceOfTheValuesItCompares() {
        for (ScoreMetric metric : List.of(
                ScoreMetric.nps(),
                ScoreMetric.nps(NpsBreaks.STANDARD, NpsIntervalMethod.WALD),
                ScoreMetric.topBox(Scale.NPS, 9, "promoters"),
                ScoreMetric.mean(Scale.NPS, "mean"))) {
            Scorecard byTouchpoint = Scorecard.of(metric, grouped(List.of(GroupKey.touchpoint())));
            for (RowComparison comparison : byTouchpoint.compareWithRest(Adjustment.NONE)) {
                ScoreHistogram rest = null;
                for (ScorecardRow row : byTouchpoint.rows()) {
                    if (!row.key().equals(comparison.key())) {
                        rest = rest == null ? row.histogram() : rest.plus(row.histogram());
                    }
                }
                double row = byTouchpoint.row(comparison.key()).orElseThrow().value();
                assertThat(comparison.baselineValue()).isEqualTo(metric.value(rest));
                assertThat(comparison.difference().value())
                        .as(metric.name())
                        .isCloseTo(row - metric.value(rest), within(1e-9));
            }
            Scorecard byMonth = Scorecard.of(
                    metric,
                    grouped(List.of(
                            GroupKey.touchpoint(), GroupKey.period(CalendarPeriod.MONTH, BERLIN))));
            for (RowComparison comparison : byMonth.compareWithPreviousPeriod(Adjustment.NONE)) {
                assertThat(comparison.difference().value())
                        .as(metric.name())
                        .isCloseTo(
                                byMonth.row(comparison.key()).orElseThrow().value()
                                        - byMonth.row(comparison.baseline())
                                                .orElseThrow()
                                                .value(),
                                within(1e-9));
            }
        }
        assertThat(ScoreMetric.cesAgree().name()).isEqualTo("CES agree");
        assertThat(ScoreMetric.cesAgree().scale()).isEqualTo(Scale.CES);
    }

    @Test
    void columnarSegmentsGiveTheSameScorecard() {
        List<SurveyResponse> responses = responses();
        List<String> touchpoints = List.of("chat", "checkout", "hotline");
        byte[] scores = new byte[responses.size()];
        int[] segmentIds = new int[responses.size()];
        for (int i = 0; i < responses.size(); i++) {
            scores[i] = (byte) responses.get(i).score();
            segmentIds[i] = touchpoints.indexOf(responses.get(i).touchpointId().orElseThrow());
        }
        SegmentedScoreAccumulator segments = SegmentedScoreAccumulator.create(Scale.NPS, 4)
                .addAll(scores, segmentIds, 0, scores.length);
        GroupedScores columnar = GroupedScores.ofSegments(
                List.of(GroupKey.touchpoint()),
                List.of(List.of("chat"), List.of("checkout"), List.of("hotline"), List.of("store")),
                segments);
        assertThat(columnar)
                .isEqualTo(grouped(List.of(GroupKey.touchpoint())))
                .hasSameHashCodeAs(grouped(List.of(GroupKey.touchpoint())));
        assertThat(columnar.groups()).doesNotContainKey(List.of("store"));
    }

    @Test
    void accumulatorMergesAndCollectsInParallel() {
        List<GroupKey> keys =
                List.of(GroupKey.touchpoint(), GroupKey.period(CalendarPeriod.QUARTER, BERLIN));
        List<SurveyResponse> responses = responses();
        GroupedScoreAccumulator left =
                GroupedScoreAccumulator.create(Scale.NPS, keys).addAll(responses.subList(0, 30));
        GroupedScoreAccumulator right = GroupedScoreAccumulator.create(Scale.NPS, keys)
                .addAll(responses.subList(30, responses.size()));
        GroupedScores whole = GroupedScoreAccumulator.create(Scale.NPS, keys)
                .addAll(responses)
                .snapshot();
        assertThat(left.merge(right).snapshot()).isEqualTo(whole);
        assertThat(responses.parallelStream()
                        .collect(GroupedScoreAccumulator.toGroupedScores(Scale.NPS, keys)))
                .isEqualTo(whole);
        assertThatThrownBy(() -> left.merge(GroupedScoreAccumulator.create(Scale.NPS, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "groups must be on nps 0..10 by [touchpoint, quarter] to merge, were on nps 0..10 by []");
    }

    @Test
    void emptyScorecardSaysSo() {
        Scorecard empty = Scorecard.of(
                ScoreMetric.csat(),
                GroupedScoreAccumulator.create(Scale.CSAT, List.of(GroupKey.touchpoint()))
                        .snapshot());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.compareWithRest(Adjustment.HOLM)).isEmpty();
        assertThatThrownBy(empty::total)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CSAT scorecard total");
    }

    @Test
    void rejectsBadInput() {
        GroupedScores groups = grouped(List.of(GroupKey.touchpoint()));
        assertThatThrownBy(() -> Scorecard.of(null, groups)).hasMessage("metric");
        assertThatThrownBy(() -> Scorecard.of(ScoreMetric.nps(), null)).hasMessage("groups");
        assertThatThrownBy(() -> Scorecard.of(ScoreMetric.csat(), groups))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("groups must be on the metric's scale csat 1..5, were on nps 0..10");
        assertThatThrownBy(() -> Scorecard.of(ScoreMetric.nps(), groups, 1, 30))
                .hasMessageContaining("confidence level");
        assertThatThrownBy(() -> Scorecard.of(ScoreMetric.nps(), groups, 0.95, 0))
                .hasMessage("minimumN must be >= 1, was 0");
        assertThatThrownBy(() -> Scorecard.of(ScoreMetric.nps(), groups).compareWithRest(null))
                .hasMessage("adjustment");
        assertThatThrownBy(() -> GroupedScoreAccumulator.create(
                        Scale.NPS, List.of(GroupKey.touchpoint(), GroupKey.touchpoint())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keys must have distinct names, 'touchpoint' repeats");
        assertThatThrownBy(() -> GroupedScoreAccumulator.create(null, List.of()))
                .hasMessage("scale");
        assertThatThrownBy(() -> GroupedScoreAccumulator.create(Scale.CSAT, List.of())
                        .add(SurveyResponse.of("a", Instant.EPOCH, Scale.NPS, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale must be csat 1..5");
        assertThatThrownBy(() -> GroupedScores.of(
                        Scale.NPS,
                        List.of(GroupKey.touchpoint()),
                        Map.of(List.of("a", "b"), ScoreHistogram.of(Scale.NPS, new long[11]))))
                .hasMessage("group key [a, b] must have 1 values, one per key [touchpoint], had 2");
        assertThatThrownBy(() -> GroupedScores.of(
                        Scale.NPS, List.of(), Map.of(List.of(), ScoreHistogram.empty(Scale.CSAT))))
                .hasMessage("histogram of group [] must be on scale nps 0..10, was csat 1..5");
        SegmentedScoreAccumulator segments = SegmentedScoreAccumulator.create(Scale.NPS, 2);
        assertThatThrownBy(() -> GroupedScores.ofSegments(
                        List.of(GroupKey.touchpoint()), List.of(List.of("a")), segments))
                .hasMessage("segmentKeys must have 2 entries, one per segment, had 1");
        assertThatThrownBy(() -> GroupedScores.ofSegments(
                        List.of(GroupKey.touchpoint()),
                        List.of(List.of("a"), List.of("a")),
                        segments))
                .hasMessage("segmentKeys must be distinct, [a] repeats at 1");
        assertThatThrownBy(() -> GroupKey.of(" ", r -> "x"))
                .hasMessage("name must not be blank, was ' '");
        assertThatThrownBy(() -> GroupKey.of("k", null)).hasMessage("extractor");
        assertThatThrownBy(() -> GroupKey.of("k", r -> null)
                        .valueOf(SurveyResponse.of("a", Instant.EPOCH, Scale.NPS, 3)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key 'k' read null from a response of a");
        assertThatThrownBy(() -> GroupKey.channel(null)).hasMessage("catalogue");
        assertThatThrownBy(() -> GroupKey.customerAttribute("plan", null)).hasMessage("customers");
        assertThatThrownBy(() -> GroupKey.period(CalendarPeriod.DAY, null)).hasMessage("zone");
    }
}
