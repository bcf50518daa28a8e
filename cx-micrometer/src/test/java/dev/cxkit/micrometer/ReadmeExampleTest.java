package dev.cxkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.live.GroupOverflow;
import dev.cxkit.live.LiveScores;
import dev.cxkit.live.WindowSpec;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.GroupKey;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The README's service wiring, as written there but for Spring's annotations. */
class ReadmeExampleTest {

    // README: "Live scores in a running service", the configuration class.
    static class CxMetricsConfig {
        /* @Bean */ LiveScores liveScores() {
            return LiveScores.builder(Scale.NPS)
                    .keys(GroupKey.touchpoint())
                    .maxGroups(500, GroupOverflow.OTHER)
                    .window(WindowSpec.minutes(60))
                    .window(WindowSpec.days(30))
                    .zone(ZoneId.of("Europe/Amsterdam"))
                    .build();
        }

        /* @Bean */ MeterBinder cxMetrics(LiveScores liveScores) {
            return LiveScoreMetrics.of(liveScores);
        }
    }

    @Test
    void theReadmeWiringPublishesLiveNpsFromManyThreads() throws Exception {
        CxMetricsConfig config = new CxMetricsConfig();
        LiveScores liveScores = config.liveScores();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LiveScoreMetrics metrics = (LiveScoreMetrics) config.cxMetrics(liveScores);
        metrics.bindTo(registry); // what Spring Boot does with every MeterBinder bean

        // README: request handlers, on any thread.
        List<Thread> handlers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread handler = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    SurveyResponse response = SurveyResponse.of(
                                    "c" + i, Instant.now(), Scale.NPS, i % 11)
                            .withTouchpoint("checkout");
                    liveScores.record(response);
                }
            });
            handler.start();
            handlers.add(handler);
        }
        for (Thread handler : handlers) {
            handler.join();
        }
        metrics.refresh(); // as a scrape does once the values are a second old
        // 4,000 responses, each thread scoring 0..10 in turn: 91 of each score 0..9 and 90
        // tens per thread, so 637 detractors and 181 promoters in 1,000: NPS -45.6.
        assertThat(registry.get("cx.nps.responses")
                        .tags("touchpoint", "checkout", "window", "60m")
                        .gauge()
                        .value())
                .isEqualTo(4000);
        assertThat(registry.get("cx.nps")
                        .tags("touchpoint", "checkout", "window", "30d")
                        .gauge()
                        .value())
                .isCloseTo(-45.6, org.assertj.core.data.Offset.offset(1e-9));
    }
}
