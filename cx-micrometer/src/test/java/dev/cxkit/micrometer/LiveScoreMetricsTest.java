package dev.cxkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.cxkit.live.GroupOverflow;
import dev.cxkit.live.LiveScores;
import dev.cxkit.live.WindowSpec;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.GroupKey;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

class LiveScoreMetricsTest {

    private final AtomicReference<Instant> now =
            new AtomicReference<>(Instant.parse("2026-05-04T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    private final AtomicLong nanos = new AtomicLong();

    private final LiveScores live = LiveScores.builder(Scale.NPS)
            .keys(
                    GroupKey.touchpoint(),
                    GroupKey.of(
                            "channel",
                            r -> r.touchpointId()
                                    .map(id -> id.startsWith("web") ? "web" : "phone")
                                    .orElse("none")))
            .maxGroups(100, GroupOverflow.OTHER)
            .window(WindowSpec.minutes(60))
            .window(WindowSpec.days(30))
            .clock(clock)
            .build();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private LiveScoreMetrics bind() {
        LiveScoreMetrics metrics = LiveScoreMetrics.builder(live)
                .tags(Tags.of("service", "survey"))
                .refreshInterval(Duration.ofSeconds(10))
                .nanoTime(nanos::get)
                .build();
        metrics.bindTo(registry);
        return metrics;
    }

    private void record(String touchpoint, int... scores) {
        for (int score : scores) {
            live.record(SurveyResponse.of("c", Instant.EPOCH, Scale.NPS, score)
                    .withTouchpoint(touchpoint));
        }
    }

    private double value(String name, String touchpoint, String window) {
        Gauge gauge = registry.find(name)
                .tags("touchpoint", touchpoint, "window", window)
                .gauge();
        assertThat(gauge).as(name + " " + touchpoint + " " + window).isNotNull();
        return gauge.value();
    }

    /** Lets the cached values expire so the next read refreshes. */
    private void tick() {
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
    }

    @Test
    void publishesNpsSharesNAndIntervalPerGroupAndWindow() {
        record("web-checkout", 10, 10, 9, 0);
        record("phone-support", 3);
        bind();
        for (String window : new String[] {"60m", "30d", "total"}) {
            assertThat(value("cx.nps", "web-checkout", window)).isCloseTo(50, offset(1e-9));
            assertThat(value("cx.nps.responses", "web-checkout", window)).isEqualTo(4);
            assertThat(value("cx.nps.promoter.share", "web-checkout", window)).isEqualTo(0.75);
            assertThat(value("cx.nps.detractor.share", "web-checkout", window)).isEqualTo(0.25);
            // Adjusted Wald (Rocks 2016): counts + (0.75, 1.5, 0.75), n' = 7, computed
            // independently with SciPy: -33.588510275799834, 90.73136741865697.
            assertThat(value("cx.nps.interval.lower", "web-checkout", window))
                    .isCloseTo(-33.588510275799834, offset(1e-9));
            assertThat(value("cx.nps.interval.upper", "web-checkout", window))
                    .isCloseTo(90.73136741865697, offset(1e-9));
            assertThat(value("cx.nps", "(all)", window)).isCloseTo(20, offset(1e-9));
            assertThat(value("cx.nps.responses", "(all)", window)).isEqualTo(5);
        }
        Gauge nps = registry.find("cx.nps")
                .tags(
                        "touchpoint",
                        "phone-support",
                        "channel",
                        "phone",
                        "window",
                        "60m",
                        "service",
                        "survey")
                .gauge();
        assertThat(nps.value()).isEqualTo(-100);
        assertThat(nps.getId().getBaseUnit()).isEqualTo("points");
        assertThat(registry.find("cx.nps.responses").gauge().getId().getBaseUnit())
                .isEqualTo("responses");
        assertThat(registry.find("cx.nps.interval.lower")
                        .tags("method", "adjusted-wald", "level", "0.95")
                        .gauges())
                .hasSize(9);
    }

    @Test
    void windowsMoveOnAndEmptyGroupsShowNZero() {
        record("web-checkout", 10, 10, 9, 0);
        bind();
        now.set(Instant.parse("2026-05-04T11:00:30Z")); // the 10:00 minute left the hour
        tick();
        assertThat(value("cx.nps.responses", "web-checkout", "60m")).isZero();
        assertThat(value("cx.nps", "web-checkout", "60m")).isNaN();
        assertThat(value("cx.nps.interval.upper", "web-checkout", "60m")).isNaN();
        assertThat(value("cx.nps.responses", "web-checkout", "30d")).isEqualTo(4);
        assertThat(value("cx.nps.responses", "(all)", "60m")).isZero();
    }

    @Test
    void newGroupsGetGaugesAtTheNextRefreshAndReadsWithinTheIntervalAgree() {
        bind();
        assertThat(value("cx.nps.responses", "(all)", "total")).isZero();
        assertThat(registry.find("cx.nps").tags("touchpoint", "web-checkout").gauge())
                .isNull();
        record("web-checkout", 10);
        // Within the refresh interval the gauges keep the values they computed together.
        assertThat(value("cx.nps.responses", "(all)", "total")).isZero();
        tick();
        assertThat(value("cx.nps.responses", "(all)", "total")).isEqualTo(1);
        assertThat(value("cx.nps", "web-checkout", "total")).isEqualTo(100);
    }

    @Test
    void rowsComputedBeforeBindingAndSecondRegistriesGetTheirGauges() {
        record("web-checkout", 10);
        LiveScoreMetrics metrics = LiveScoreMetrics.of(live);
        metrics.refresh(); // before any registry: the rows exist, no gauge yet
        metrics.bindTo(registry);
        assertThat(value("cx.nps", "web-checkout", "total")).isEqualTo(100);
        SimpleMeterRegistry second = new SimpleMeterRegistry();
        metrics.bindTo(second);
        assertThat(second.get("cx.nps.responses")
                        .tags("touchpoint", "web-checkout", "window", "60m")
                        .gauge()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void onlyNpsScoresArePublished() {
        LiveScores csat = LiveScores.builder(Scale.CSAT).build();
        assertThatThrownBy(() -> LiveScoreMetrics.of(csat))
                .hasMessage("live scores must be on scale nps 0..10, were on csat 1..5");
        assertThatThrownBy(() -> LiveScoreMetrics.builder(live)
                        .interval(dev.cxkit.nps.NpsIntervalMethod.TANGO, 95))
                .hasMessage("level must be in (0, 1), was 95.0");
    }
}
