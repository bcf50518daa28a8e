package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.journey.FrictionAccumulator;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.FrictionRule;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.Channel;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class FrictionTextTest {

    private static final TouchpointCatalogue CATALOGUE = TouchpointCatalogue.of(
            StageModel.DEFAULT,
            List.of(
                    Touchpoint.of("checkout", Channel.WEB, Stage.of("purchase")),
                    Touchpoint.of("delivery", Channel.EMAIL, Stage.of("post-purchase"))));

    private static SurveyResponse response(int i, String touchpoint, int score, String comment) {
        return SurveyResponse.of("c" + i, Instant.parse("2026-01-01T00:00:00Z"), Scale.CSAT, score)
                .withTouchpoint(touchpoint)
                .withComment(comment);
    }

    private static List<String> terms(String comment) {
        return Arrays.asList(comment.split(" "));
    }

    @Test
    void lowScoresFollowTheFrictionSignals() {
        SurveyResponse base = SurveyResponse.of("c", Instant.EPOCH, Scale.NPS, 6);
        assertThat(FrictionText.isLowScore(base)).isTrue();
        assertThat(FrictionText.isLowScore(SurveyResponse.of("c", Instant.EPOCH, Scale.NPS, 7)))
                .isFalse();
        assertThat(FrictionText.isLowScore(SurveyResponse.of("c", Instant.EPOCH, Scale.CSAT, 2)))
                .isTrue();
        assertThat(FrictionText.isLowScore(SurveyResponse.of("c", Instant.EPOCH, Scale.CES, 3)))
                .isTrue();
        assertThat(FrictionText.isLowScore(
                        SurveyResponse.of("c", Instant.EPOCH, Scale.CES_LEGACY, 4)))
                .isTrue();
        assertThat(FrictionText.isLowScore(SurveyResponse.of("c", Instant.EPOCH, Scale.CES, 5)))
                .isFalse();
    }

    @Test
    void eachRankedTouchpointGetsTheTermsOfItsLowScores() {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            responses.add(response(
                    i,
                    "delivery",
                    i % 2 == 0 ? 1 : 5,
                    i % 2 == 0 ? "parcel late again" : "fast parcel thanks"));
            responses.add(response(
                    100 + i,
                    "checkout",
                    i % 4 == 0 ? 2 : 4,
                    i % 4 == 0 ? "card declined twice" : "easy checkout thanks"));
        }
        FrictionAccumulator friction =
                FrictionAccumulator.create(CATALOGUE, RepeatContact.within(Duration.ofDays(1)));
        FrictionText text = FrictionText.create("en", 1000, 2);
        for (SurveyResponse response : responses) {
            friction.add(new Journey(response.customerId(), List.of(), List.of(response)));
            text.add(response, terms(response.comment().orElseThrow()));
        }
        FrictionReport report = friction.snapshot();

        List<FrictionText.TouchpointTerms> ranked =
                text.rank(report.ranking(FrictionRule.defaults().withMinN(1)));

        assertThat(ranked)
                .extracting(t -> t.touchpoint().touchpoint().id())
                .containsExactly("delivery", "checkout");
        FrictionText.TouchpointTerms delivery = ranked.get(0);
        assertThat(delivery.lowComments()).isEqualTo(20);
        assertThat(delivery.terms().topFirst(3))
                .extracting(TermContrast::term)
                .contains("late", "late again");
        assertThat(delivery.terms().second().comments()).isEqualTo(60);
        assertThat(ranked.get(1).terms().topFirst(2))
                .extracting(TermContrast::term)
                .containsAnyOf("declined", "card declined", "declined twice", "card", "twice");
    }
}
