package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

/**
 * The edges of the NPS API, each a value a user can pass: the bounds of every valid range are
 * accepted and the first value beyond them refused with its own message; hash codes tell
 * different results apart (so they spread in hash maps).
 */
class NpsEdgesTest {

    @Test
    void linearizationStandardErrorOfTwoResponsesAndOfDetractors() {
        assertThat(Nps.ofCounts(1, 0, 1).linearizationStandardError())
                .isCloseTo(100 * Math.sqrt(1.0 / 1), within(1e-9));
        // p = 1/2, d = 1/3: V = p + d - (p - d)^2 = 29/36, SE = 100 sqrt(V / (n - 1))
        assertThat(Nps.ofCounts(2, 1, 3).linearizationStandardError())
                .isCloseTo(100 * Math.sqrt(29.0 / 36 / 5), within(1e-9));
        assertThatThrownBy(() -> Nps.ofCounts(0, 0, 1).linearizationStandardError())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 2 responses, had 1");
    }

    @Test
    void breaksWithoutPassivesCountNone() {
        Nps nps = Nps.of(
                ScoreHistogram.of(Scale.NPS, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                NpsBreaks.of(Scale.NPS, 6, 7));
        assertThat(nps.detractors()).isEqualTo(7);
        assertThat(nps.passives()).isZero();
        assertThat(nps.promoters()).isEqualTo(4);
        assertThat(NpsBreaks.of(Scale.NPS, 6, 7).hasPassives()).isFalse();
        assertThat(NpsBreaks.of(Scale.NPS, 6, 8).hasPassives()).isTrue();
    }

    @Test
    void hashCodesTellDifferentResultsApart() {
        Set<Integer> npsHashes = new HashSet<>();
        Set<Integer> comparisonHashes = new HashSet<>();
        for (int promoters = 1; promoters <= 20; promoters++) {
            Nps first = Nps.ofCounts(3, 2, promoters);
            npsHashes.add(first.hashCode());
            comparisonHashes.add(NpsComparison.of(first, Nps.ofCounts(5, 5, 5)).hashCode());
        }
        assertThat(npsHashes).hasSizeGreaterThan(10);
        assertThat(comparisonHashes).hasSizeGreaterThan(10);
    }

    @Test
    void comparisonKeepsItsSamplesAndNamesItsMethod() {
        Nps first = Nps.ofCounts(1, 2, 7);
        Nps second = Nps.ofCounts(3, 3, 4);
        NpsComparison comparison = NpsComparison.of(first, second);
        assertThat(comparison.first()).isSameAs(first);
        assertThat(comparison.second()).isSameAs(second);
        assertThat(comparison.toString())
                .startsWith("NpsComparison{")
                .contains("first=" + first)
                .contains("second=" + second);
    }

    @Test
    void sharesAcceptTheirBoundsAndRefuseWhatLiesBeyond() {
        assertThat(new NpsShares(1, 0).variance()).isZero();
        assertThat(new NpsShares(0, 1).variance()).isZero();
        assertThat(new NpsShares(0, 0.3).detractors()).isEqualTo(0.3);
        assertThatThrownBy(() -> new NpsShares(0.3, 45))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("detractors is a share");
        assertThatThrownBy(() -> new NpsShares(100, 0))
                .hasMessageStartingWith(
                        "promoters is a share, a fraction in [0, 1] (0.45 for 45 %), was 100.0");
        assertThatThrownBy(() -> new NpsShares(100.5, 0))
                .hasMessage("promoters must be a fraction in [0, 1], was 100.5");
        assertThatThrownBy(() -> new NpsShares(-0.1, 0.2))
                .hasMessage("promoters must be a fraction in [0, 1], was -0.1");
    }

    @Test
    void marginsAcceptOneAndTwoHundredPoints() {
        assertThat(NpsSampleSize.forMarginPoints(1, 0.95)).isPositive();
        assertThat(NpsSampleSize.forMarginPoints(200, 0.95)).isPositive();
        assertThatThrownBy(() -> NpsSampleSize.forMarginPoints(0, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marginPoints must be in [1, 200] NPS points, was 0.0");
        assertThatThrownBy(() -> NpsSampleSize.forMarginPoints(200.5, 0.95))
                .hasMessage("marginPoints must be in [1, 200] NPS points, was 200.5");
    }

    @Test
    void powerMustLieStrictlyBetweenZeroAndOne() {
        NpsShares shares = NpsShares.worstCase();
        assertThatThrownBy(() ->
                        NpsSampleSize.perGroupForDifferencePoints(10, 0.95, 0, shares, shares))
                .hasMessage("power must be in (0, 1), was 0.0");
        assertThatThrownBy(() ->
                        NpsSampleSize.perGroupForDifferencePoints(10, 0.95, 1, shares, shares))
                .hasMessage("power must be in (0, 1), was 1.0");
    }

    @Test
    void finitePopulationCorrection() {
        // n / (1 + (n - 1) / N) = 100 / 1.99 = 50.25, rounded up
        assertThat(NpsSampleSize.withFinitePopulation(100, 100)).isEqualTo(51);
        assertThat(NpsSampleSize.withFinitePopulation(1, 1)).isEqualTo(1);
    }
}
