package dev.cxkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class ModelValidationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void scaleRejectsEmptyAndHugeRanges() {
        assertThatThrownBy(() -> Scale.of("flat", 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max must be > min (3), was 3 for scale 'flat'");
        assertThatThrownBy(() -> Scale.of("huge", 0, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scale 'huge' must have at most 101 points, was 0..101");
        assertThatThrownBy(() -> Scale.of(" ", 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank, was ' '");
    }

    @Test
    void builtInScalesAreFoundByName() {
        assertThat(Scale.builtIn("NPS")).contains(Scale.NPS);
        assertThat(Scale.builtIn("ces-legacy")).contains(Scale.CES_LEGACY);
        assertThat(Scale.builtIn("stars")).isEmpty();
        assertThat(Scale.NPS.points()).isEqualTo(11);
    }

    @Test
    void surveyResponseRejectsScoreOffTheScaleAndBadWeights() {
        assertThatThrownBy(() -> SurveyResponse.of("c1", T0, Scale.NPS, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be in 0..10 on scale 'nps', was 11");
        assertThatThrownBy(() -> SurveyResponse.of("c1", T0, Scale.CSAT, 0))
                .hasMessage("score must be in 1..5 on scale 'csat', was 0");
        SurveyResponse response = SurveyResponse.of("c1", T0, Scale.NPS, 9);
        assertThatThrownBy(() -> response.withWeight(-0.5))
                .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100], was -0.5");
        assertThatThrownBy(() -> response.withWeight(Double.NaN))
                .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100], was NaN");
        assertThatThrownBy(() -> response.withWeight(Double.POSITIVE_INFINITY))
                .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100], was Infinity");
        // The range's limits are weights; the next doubles beyond them, and 1e200 or 1e-200 are not
        assertThat(response.withWeight(SurveyResponse.MAX_WEIGHT).weight()).isEqualTo(1e100);
        assertThat(response.withWeight(SurveyResponse.MIN_WEIGHT).weight()).isEqualTo(1e-100);
        assertThat(response.withWeight(0).weight()).isZero();
        for (double outside : new double[] {
            Math.nextUp(1e100),
            1e200,
            Double.MAX_VALUE,
            Math.nextDown(1e-100),
            1e-200,
            Double.MIN_VALUE
        }) {
            assertThat(SurveyResponse.isValidWeight(outside)).as("%s", outside).isFalse();
            assertThatThrownBy(() -> response.withWeight(outside))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100], was " + outside);
        }
        assertThatThrownBy(() -> response.withTouchpoint(""))
                .hasMessage("touchpointId must not be blank, was ''");
        assertThatThrownBy(() -> SurveyResponse.of(null, T0, Scale.NPS, 9))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customerId");
        assertThat(response.withWeight(0).weight()).isZero();
    }

    @Test
    void customerRejectsChurnBeforeAcquisition() {
        Customer customer = Customer.of("c1", T0);
        assertThatThrownBy(() -> customer.withChurnedAt(T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("churnedAt must not be before acquiredAt (2026-01-01T00:00:00Z), "
                        + "was 2025-12-31T23:59:59Z for customer 'c1'");
        assertThatThrownBy(() -> new Customer("c1", T0, Optional.empty(), Map.of(" ", "x")))
                .hasMessage("attribute name must not be blank, was ' '");
    }

    @Test
    void customerActivityFollowsAcquisitionAndChurn() {
        Customer churned = Customer.of("c1", T0).withChurnedAt(T0.plusSeconds(10));
        assertThat(churned.isActiveAt(T0.minusSeconds(1))).isFalse();
        assertThat(churned.isActiveAt(T0)).isTrue();
        assertThat(churned.isActiveAt(T0.plusSeconds(10))).isFalse();
        assertThat(Customer.of("c2", T0).isActiveAt(T0.plusSeconds(1_000_000))).isTrue();
    }

    @Test
    void interactionRejectsNegativeDurations() {
        Interaction interaction = Interaction.of("c1", "checkout", T0);
        assertThatThrownBy(() -> interaction.withDurations(Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waitTime must be >= 0, was PT-1S");
        assertThatThrownBy(() -> interaction.withDurations(Duration.ZERO, Duration.ofMillis(-5)))
                .hasMessage("handlingTime must be >= 0, was PT-0.005S");
    }

    @Test
    void stageModelsAreOrderedAndRejectCycles() {
        assertThat(StageModel.DEFAULT.stages())
                .extracting(Stage::name)
                .containsExactly("pre-purchase", "purchase", "post-purchase");
        assertThat(StageModel.DETAILED.positionOf(Stage.of("Onboarding"))).isEqualTo(3);
        assertThatThrownBy(() -> StageModel.of("awareness", "purchase", "awareness"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must each appear once, but 'awareness' is at positions 0 "
                        + "and 2 (a cycle)");
        assertThatThrownBy(() -> StageModel.DEFAULT.positionOf(Stage.of("renewal")))
                .hasMessage("stage must be one of [pre-purchase, purchase, post-purchase], "
                        + "was 'renewal'");
        assertThatThrownBy(() -> StageModel.of(List.of())).hasMessage("stages must not be empty");
    }

    @Test
    void journeyRejectsForeignAndOutOfOrderEvents() {
        Interaction first = Interaction.of("c1", "ad", T0.plusSeconds(5));
        Interaction second = Interaction.of("c1", "checkout", T0);
        assertThatThrownBy(() -> new Journey("c1", List.of(first, second), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interactions[1].time must be >= 2026-01-01T00:00:05Z (time order), "
                        + "was 2026-01-01T00:00:00Z");
        SurveyResponse foreign = SurveyResponse.of("c2", T0, Scale.NPS, 3);
        assertThatThrownBy(() -> new Journey("c1", List.of(), List.of(foreign)))
                .hasMessage("responses[0].customerId must be 'c1', was 'c2'");
        assertThat(new Journey("c1", List.of(second, first), List.of()).isEmpty())
                .isFalse();
    }

    @Test
    void namesAreCaseInsensitive() {
        assertThat(Channel.of("WEB")).isEqualTo(Channel.WEB);
        assertThat(Stage.of("Purchase")).isEqualTo(Stage.of("purchase"));
        assertThatThrownBy(() -> new Touchpoint("t", "T", Channel.WEB, Stage.of("use"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("contact");
    }
}
