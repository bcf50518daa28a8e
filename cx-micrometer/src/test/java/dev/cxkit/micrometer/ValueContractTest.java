package dev.cxkit.micrometer;

import com.google.common.testing.NullPointerTester;

import dev.cxkit.live.LiveScores;
import dev.cxkit.model.Scale;
import dev.cxkit.scorecard.GroupKey;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * guava-testlib's {@link NullPointerTester} over cx-micrometer's public methods: the factories,
 * every builder option and {@code bindTo} refuse a null argument with
 * {@link NullPointerException} naming it, before anything is registered.
 */
class ValueContractTest {

    private final NullPointerTester tester = new NullPointerTester()
            .setDefault(LiveScores.class, live())
            .setDefault(Duration.class, Duration.ofSeconds(5))
            .setDefault(Iterable.class, Tags.of(Tag.of("service", "checkout")))
            .setDefault(MeterRegistry.class, new SimpleMeterRegistry());

    private static LiveScores live() {
        return LiveScores.builder(Scale.NPS).keys(GroupKey.touchpoint()).build();
    }

    @Test
    void factoriesRefuseNull() {
        tester.testAllPublicStaticMethods(LiveScoreMetrics.class);
    }

    @Test
    void builderOptionsRefuseNull() {
        tester.testAllPublicInstanceMethods(LiveScoreMetrics.builder(live()));
    }

    @Test
    void bindingRefusesNull() {
        tester.testAllPublicInstanceMethods(LiveScoreMetrics.of(live()));
    }
}
