package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.at;
import static dev.cxkit.journey.Fixtures.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class JourneyAssemblerTest {

    private final Interaction a1 = at("a", "shop", 5);
    private final Interaction b1 = at("b", "ad", 1);
    private final Interaction a2 = at("a", "ad", 1);
    private final Interaction a3 = at("a", "hotline", 5);
    private final SurveyResponse aNps = SurveyResponse.of("a", hours(6), Scale.NPS, 9);
    private final SurveyResponse cCsat =
            SurveyResponse.of("c", hours(2), Scale.CSAT, 4).withTouchpoint("shop");

    @Test
    void groupsByCustomerInTimeOrderKeepingTies() {
        JourneyAssembler.Assembly assembly =
                JourneyAssembler.create().assemble(List.of(a1, b1, a2, a3), List.of(aNps, cCsat));

        assertThat(assembly.journeys())
                .containsExactly(
                        new Journey("a", List.of(a2, a1, a3), List.of(aNps)),
                        new Journey("b", List.of(b1), List.of()),
                        new Journey("c", List.of(), List.of(cCsat)));
        assertThat(assembly.skipped()).isEmpty();
    }

    @Test
    void splitsEpisodesAtGapsLongerThanTheGap() {
        Interaction late = at("a", "chat", 30);
        JourneyAssembler assembler =
                JourneyAssembler.builder().episodeGap(Duration.ofHours(4)).build();

        List<Journey> journeys =
                assembler.assemble(List.of(a1, a2, a3, late), List.of(aNps)).journeys();

        // a: 1h | 5h, 5h, 6h (response) | 30h; a gap of exactly 4h stays in one episode
        assertThat(journeys)
                .containsExactly(
                        new Journey("a", List.of(a2, a1, a3), List.of(aNps)),
                        new Journey("a", List.of(late), List.of()));
    }

    @Test
    void aGapOfExactlyTheEpisodeGapKeepsOneEpisode() {
        JourneyAssembler assembler =
                JourneyAssembler.builder().episodeGap(Duration.ofHours(3)).build();

        assertThat(assembler.assemble(List.of(a1, a2), List.of()).journeys()).hasSize(2);
        assertThat(JourneyAssembler.builder()
                        .episodeGap(Duration.ofHours(4))
                        .build()
                        .assemble(List.of(a1, a2), List.of())
                        .journeys())
                .hasSize(1);
    }

    @Test
    void rejectsUnknownTouchpointsNamingSourceIndexAndId() {
        JourneyAssembler assembler =
                JourneyAssembler.builder().catalogue(CATALOGUE).build();
        Interaction unknown = at("a", "kiosk", 2);

        assertThatThrownBy(() -> assembler.assemble(List.of(a1, unknown), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interactions[1].touchpointId")
                .hasMessageContaining("'kiosk'");
        SurveyResponse aboutUnknown = aNps.withTouchpoint("kiosk");
        assertThatThrownBy(() -> assembler.assemble(List.of(), List.of(aboutUnknown)))
                .hasMessageContaining("responses[0].touchpointId");
    }

    @Test
    void skipsAndReportsUnknownTouchpointsWhenAsked() {
        JourneyAssembler assembler = JourneyAssembler.builder()
                .catalogue(CATALOGUE)
                .skipUnknownTouchpoints()
                .build();

        JourneyAssembler.Assembly assembly =
                assembler.assemble(List.of(a1, at("a", "kiosk", 2)), List.of(aNps));

        assertThat(assembly.journeys())
                .containsExactly(new Journey("a", List.of(a1), List.of(aNps)));
        assertThat(assembly.skipped())
                .containsExactly(new JourneyAssembler.SkippedEvent(
                        "interactions", 1, "unknown touchpoint 'kiosk'"));
    }

    @Test
    void rejectsOutOfOrderEventsInASourceDeclaredOrdered() {
        JourneyAssembler ordered = JourneyAssembler.builder()
                .interactionsOrdered()
                .responsesOrdered()
                .build();

        assertThatThrownBy(() -> ordered.assemble(List.of(a2, a1, b1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interactions[2].time")
                .hasMessageContaining("declared ordered");
        assertThatThrownBy(() -> ordered.assemble(List.of(), List.of(aNps, cCsat)))
                .hasMessageContaining("responses[1].time");
        assertThat(ordered.assemble(List.of(a2, a1), List.of(cCsat, aNps)).journeys())
                .hasSize(2);
    }

    @Test
    void emptySourcesGiveNoJourneys() {
        assertThat(JourneyAssembler.create().assemble(List.of(), List.of()).journeys())
                .isEmpty();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> JourneyAssembler.builder().episodeGap(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gap");
        assertThatThrownBy(() ->
                        JourneyAssembler.builder().skipUnknownTouchpoints().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalogue");
        assertThatThrownBy(() -> JourneyAssembler.create().assemble(null, List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
