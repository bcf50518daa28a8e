package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

class NpsComparisonTest {

    private static final Nps FIRST = Nps.ofCounts(15, 25, 60);
    private static final Nps SECOND = Nps.ofCounts(25, 30, 45);

    @Test
    void reproducesTheTwoSampleWaldReference() {
        // Reference README section 3: (15, 25, 60) vs (25, 30, 45), Wald
        NpsComparison comparison = NpsComparison.of(FIRST, SECOND);
        assertThat(comparison.value()).isCloseTo(25, within(1e-10));
        assertThat(comparison.standardError()).isCloseTo(10.9886, within(1e-4));
        assertThat(comparison.z()).isCloseTo(2.275079, within(1e-6));
        assertThat(comparison.pValue()).isCloseTo(0.022901, within(1e-6));
        Interval interval = comparison.interval(0.95);
        assertThat(interval.lower()).isCloseTo(3.4627, within(1e-4));
        assertThat(interval.upper()).isCloseTo(46.5373, within(1e-4));
        assertThat(interval.method()).isEqualTo("wald");
    }

    @Test
    void keepsTheSignOfFirstMinusSecond() {
        NpsComparison reversed = NpsComparison.of(SECOND, FIRST);
        assertThat(reversed.value()).isCloseTo(-25, within(1e-10));
        assertThat(reversed.z()).isCloseTo(-2.275079, within(1e-6));
        assertThat(reversed.pValue()).isCloseTo(0.022901, within(1e-6));
    }

    @Test
    void adjustedWaldMatchesScipy() {
        // scipy_reference.py: per-group (0.75, 1.5, 0.75) pseudo-observations
        NpsComparison comparison = NpsComparison.of(FIRST, SECOND, NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(comparison.centre()).isCloseTo(24.27184466019417, within(1e-10));
        assertThat(comparison.value()).isCloseTo(25, within(1e-10));
        assertThat(comparison.standardError()).isCloseTo(10.831066859385621, within(1e-10));
        assertThat(comparison.z()).isCloseTo(2.2409468037916773, within(1e-10));
        assertThat(comparison.pValue()).isCloseTo(0.02502952101068329, within(1e-10));
        assertThat(comparison.interval(0.95).method()).isEqualTo("adjusted-wald");
    }

    @Test
    void differenceIsTheDifferenceOfTheReportedScoresForEveryMethod() {
        // 29.3 vs -35.1 style rows: the printed difference must be the difference of the
        // printed scores, while the adjusted methods keep their own centre for the inference
        Nps high = Nps.ofCounts(20, 30, 114);
        Nps low = Nps.ofCounts(70, 37, 24);
        for (NpsIntervalMethod method : NpsIntervalMethod.values()) {
            if (!method.isWaldType()) {
                continue;
            }
            NpsComparison comparison = NpsComparison.of(high, low, method);
            assertThat(comparison.value()).as(method.label()).isEqualTo(high.value() - low.value());
            Interval interval = comparison.interval(0.95);
            assertThat((interval.lower() + interval.upper()) / 2)
                    .as(method.label())
                    .isCloseTo(comparison.centre(), within(1e-9));
            assertThat(comparison.z())
                    .isCloseTo(comparison.centre() / comparison.standardError(), within(1e-12));
        }
        NpsComparison wald = NpsComparison.of(high, low);
        assertThat(wald.centre()).isEqualTo(wald.value());
        NpsComparison adjusted = NpsComparison.of(high, low, NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(adjusted.centre())
                .isCloseTo(high.adjustedScore() - low.adjustedScore(), within(1e-9))
                .isNotEqualTo(adjusted.value());
    }

    @Test
    void zIsUndefinedWithoutVariance() {
        NpsComparison comparison = NpsComparison.of(Nps.ofCounts(0, 0, 3), Nps.ofCounts(0, 0, 5));
        assertThat(comparison.value()).isZero();
        assertThatThrownBy(comparison::z)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zero variance");
    }

    @Test
    void emptySampleRefusesStatistics() {
        NpsComparison comparison = NpsComparison.of(FIRST, Nps.ofCounts(0, 0, 0));
        assertThatThrownBy(comparison::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NPS");
    }

    @Test
    void isAValue() {
        assertThat(NpsComparison.of(FIRST, SECOND))
                .isEqualTo(NpsComparison.of(FIRST, SECOND))
                .hasSameHashCodeAs(NpsComparison.of(FIRST, SECOND))
                .isNotEqualTo(NpsComparison.of(SECOND, FIRST))
                .isNotEqualTo(NpsComparison.of(FIRST, SECOND, NpsIntervalMethod.ADJUSTED_WALD));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> NpsComparison.of(null, SECOND)).hasMessage("first");
        assertThatThrownBy(() -> NpsComparison.of(FIRST, null)).hasMessage("second");
        assertThatThrownBy(() -> NpsComparison.of(FIRST, SECOND, null)).hasMessage("method");
        assertThatThrownBy(() -> NpsComparison.of(FIRST, SECOND, NpsIntervalMethod.TANGO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Wald-type method")
                .hasMessageContaining("was tango");
        assertThatThrownBy(() -> NpsComparison.of(FIRST, SECOND).interval(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
