package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.CATALOGUE;
import static dev.cxkit.journey.Fixtures.PRE;
import static dev.cxkit.journey.Fixtures.at;
import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The binary form of a funnel's state: what it keeps, what it refuses, and the time limit. */
class FunnelFormTest {

    private static final Instant LONG_AGO = Instant.parse("1700-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");

    /** Header (9 bytes), three stage names, the customer count: where customer 0 starts. */
    private static final int FIRST_CUSTOMER = 4
            + 1
            + 4
            + Arrays.stream(new String[] {"pre-purchase", "purchase", "post-purchase"})
                    .mapToInt(name -> 2 + name.length())
                    .sum()
            + 4;

    private static FunnelAccumulator twoCustomers() {
        return FunnelAccumulator.create(CATALOGUE)
                .add(at("b", "hotline", 3))
                .add(Interaction.of("a", "ad", Instant.parse("1969-12-31T23:59:59.999999999Z")))
                .add(at("a", "shop", 5.5));
    }

    @Test
    void decodedStateMergesAsTheLiveOne() {
        FunnelAccumulator live = twoCustomers();
        FunnelAccumulator decoded = FunnelAccumulator.fromByteArray(CATALOGUE, live.toByteArray());
        assertThat(decoded.snapshot()).isEqualTo(live.snapshot());
        FunnelAccumulator later = FunnelAccumulator.create(CATALOGUE).add(at("a", "ad", -1));
        assertThat(decoded.merge(later).snapshot()).isEqualTo(live.merge(later).snapshot());
        assertThat(decoded.toByteArray()).isEqualTo(live.toByteArray());
    }

    @Test
    void anEmptyFunnelRoundTrips() {
        byte[] bytes = FunnelAccumulator.create(CATALOGUE).toByteArray();
        assertThat(bytes).hasSize(FIRST_CUSTOMER);
        assertThat(FunnelAccumulator.fromByteArray(CATALOGUE, bytes).snapshot().isEmpty())
                .isTrue();
    }

    @Test
    void bytesOfOtherStagesAreRefused() {
        TouchpointCatalogue detailed = TouchpointCatalogue.of(
                StageModel.DETAILED,
                List.of(Touchpoint.of("ad", Channel.ADVERTISING, StageModel.DETAILED.stage(0))));
        byte[] bytes = twoCustomers().toByteArray();
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(detailed, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FunnelAccumulator bytes are over stages [pre-purchase, purchase,"
                        + " post-purchase], the catalogue's stages are [awareness, consideration,"
                        + " purchase, onboarding, use, support, renewal]");
    }

    @Test
    void malformedCustomersAreRefusedByName() {
        byte[] good = twoCustomers().toByteArray();
        // customer 0: text "a" (3 bytes), int reached, int position, long seconds, int nanos
        int reached = FIRST_CUSTOMER + 3;
        assertRefused(good, reached, 0, "stages reached by 'a' must be in 1..3, was 0");
        assertRefused(good, reached + 4, 3, "stage position of 'a' must be in 0..2, was 3");
        assertRefused(good, reached + 4 + 4 + 8, 1_000_000_000, "nanoseconds must be in");
        assertRefused(good, reached + 4 + 4 + 8 + 4, 0, "positions of 'a' must ascend");
        byte[] late = withLong(good, reached + 8, Instant.MAX.getEpochSecond() + 1);
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, late))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first time of 'a' at stage 0 seconds must be in");
        byte[] repeated = good.clone();
        repeated[FIRST_CUSTOMER + 2] = 'b';
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, repeated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FunnelAccumulator customer ids must be in ascending order without"
                        + " repeats, 'b' follows 'b'");
        byte[] blank = good.clone();
        blank[FIRST_CUSTOMER + 2] = ' ';
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FunnelAccumulator customer id 0 must not be blank, was ' '");
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] good = twoCustomers().toByteArray();
        for (int length = 0; length < good.length; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, truncated))
                    .as("%s of %s bytes", length, good.length)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FunnelAccumulator ");
        }
    }

    @Test
    void firstTimesFurtherApartThanNanosecondsCanMeasureAreRefusedEverywhere() {
        FunnelAccumulator accumulator =
                FunnelAccumulator.create(CATALOGUE).add(Interaction.of("a", "ad", LONG_AGO));
        byte[] before = accumulator.toByteArray();
        assertThatThrownBy(() -> accumulator.add(Interaction.of("a", "hotline", FAR_AHEAD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first times of customer 'a' at the funnel's stages must lie within"
                        + " 106751 days of one another, were 1700-01-01T00:00:00Z and"
                        + " 2100-01-01T00:00:00Z");
        FunnelAccumulator other = FunnelAccumulator.create(CATALOGUE)
                .add(at("b", "ad", 1))
                .add(Interaction.of("a", "hotline", FAR_AHEAD));
        assertThatThrownBy(() -> accumulator.merge(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 'a'");
        Journey journey = new Journey(
                "a",
                List.of(at("a", "shop", 1), Interaction.of("a", "hotline", FAR_AHEAD)),
                List.of());
        assertThatThrownBy(() -> accumulator.add(journey))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accumulator.toByteArray()).as("unchanged").isEqualTo(before);

        byte[] far = withLong(
                twoCustomers().toByteArray(), FIRST_CUSTOMER + 3 + 8, LONG_AGO.getEpochSecond());
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, far))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FunnelAccumulator bytes: first times of customer 'a'");
    }

    @Test
    void theLongestSpanStillGivesAFunnel() {
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        Funnel funnel = FunnelAccumulator.create(CATALOGUE)
                .add(Interaction.of("a", "ad", start))
                .add(Interaction.of("a", "shop", start.plus(FunnelAccumulator.MAX_SPAN)))
                .snapshot();
        assertThat(funnel.step(PRE).timeBetween().median()).isEqualTo(FunnelAccumulator.MAX_SPAN);
    }

    @Test
    void customerIdsTooLongToEncodeAreNamed() {
        String id = "x".repeat(0x10000);
        FunnelAccumulator accumulator = FunnelAccumulator.create(CATALOGUE).add(at(id, "ad", 1));
        assertThatThrownBy(accumulator::toByteArray)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "customer id must be at most 65535 UTF-8 bytes to be encoded, was 65536");
        assertThat(id.getBytes(StandardCharsets.UTF_8)).hasSize(0x10000);
    }

    private static void assertRefused(byte[] good, int offset, int value, String message) {
        byte[] bad = withInt(good, offset, value);
        assertThatThrownBy(() -> FunnelAccumulator.fromByteArray(CATALOGUE, bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
