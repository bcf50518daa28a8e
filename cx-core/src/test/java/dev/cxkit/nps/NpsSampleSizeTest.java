package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsSampleSizeTest {

    @Test
    void reproducesTheWorstCaseReference() {
        // Reference README section 5: 95 %, V = 1, margin +-0.05 -> 1537, +-0.10 -> 385
        assertThat(NpsSampleSize.forMarginPoints(5, 0.95)).isEqualTo(1537);
        assertThat(NpsSampleSize.forMarginPoints(10, 0.95)).isEqualTo(385);
        assertThat(NpsShares.worstCase().variance()).isEqualTo(1);
    }

    @Test
    void matchesScipy() {
        // scipy_reference.py
        NpsShares expected = new NpsShares(0.6, 0.2);
        assertThat(expected.variance()).isCloseTo(0.64, within(1e-15));
        assertThat(NpsSampleSize.forMarginPoints(3, 0.90, expected)).isEqualTo(1924);
        assertThat(NpsSampleSize.withFinitePopulation(1537, 5000)).isEqualTo(1176);
        assertThat(NpsSampleSize.perGroupForDifferencePoints(
                        10, 0.95, 0.8, expected, new NpsShares(0.5, 0.1)))
                .isEqualTo(848);
    }

    @Test
    void plansWithTheSharesOfAPreviousSurvey() {
        Nps previous = Nps.ofCounts(20, 20, 60);
        assertThat(NpsShares.of(previous)).isEqualTo(new NpsShares(0.6, 0.2));
        assertThat(NpsSampleSize.forMarginPoints(3, 0.90, NpsShares.of(previous)))
                .isEqualTo(1924);
    }

    @Test
    void finitePopulationNeverAsksForMoreThanThePopulation() {
        assertThat(NpsSampleSize.withFinitePopulation(1537, 100)).isLessThanOrEqualTo(100);
        assertThat(NpsSampleSize.withFinitePopulation(1, 1)).isEqualTo(1);
    }

    @Test
    void aMarginInTheWrongUnitIsRejectedNamingTheUnit() {
        assertThatThrownBy(() -> NpsSampleSize.forMarginPoints(0.05, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marginPoints is in NPS points (5 means +-5 points), was 0.05: a "
                        + "value below 1 point looks like a fraction; multiply it by 100");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifferencePoints(
                        0.1, 0.95, 0.8, NpsShares.worstCase(), NpsShares.worstCase()))
                .hasMessageContaining("differencePoints is in NPS points");
    }

    @Test
    void aPercentageIsNotTakenForAShare() {
        assertThatThrownBy(() -> new NpsShares(45, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("promoters is a share, a fraction in [0, 1] (0.45 for 45 %), was "
                        + "45.0: divide a percentage by 100");
        assertThatThrownBy(() -> new NpsShares(0.6, 0.5))
                .hasMessageContaining("promoters + detractors must be <= 1");
        assertThatThrownBy(() -> new NpsShares(0, 0)).hasMessageContaining("both be 0");
        assertThatThrownBy(() -> new NpsShares(-0.1, 0.2))
                .hasMessage("promoters must be a fraction in [0, 1], was -0.1");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> NpsSampleSize.forMarginPoints(0, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marginPoints must be in [1, 200] NPS points, was 0.0");
        assertThatThrownBy(() -> NpsSampleSize.forMarginPoints(5, 1.0))
                .hasMessageContaining("confidence level");
        assertThatThrownBy(() -> NpsSampleSize.withFinitePopulation(0, 10))
                .hasMessage("n must be >= 1, was 0");
        assertThatThrownBy(() -> NpsSampleSize.withFinitePopulation(10, 0))
                .hasMessage("population must be >= 1, was 0");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifferencePoints(
                        Double.NaN, 0.95, 0.8, NpsShares.worstCase(), NpsShares.worstCase()))
                .hasMessage("differencePoints must be in [1, 200] NPS points, was NaN");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifferencePoints(
                        10, 0.95, 1, NpsShares.worstCase(), NpsShares.worstCase()))
                .hasMessage("power must be in (0, 1), was 1.0");
    }
}
