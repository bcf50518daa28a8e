package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Edges of the survival API that a user reaches: a duration of {@code -0.0} is the duration 0
 * on every way in; the median on a survival plateau of exactly one half (R's convention); tests'
 * statistics at their bounds; equal values, spreading hash codes and descriptions.
 */
class SurvivalEdgesTest {

    private static final RiskSets ZERO =
            RiskSets.ofCounts(new double[] {0, 2}, new long[] {1, 1}, new long[] {1, 0});

    @Test
    void negativeZeroIsTheDurationZeroOnEveryWayIn() {
        assertThat(RiskSets.ofCounts(new double[] {-0.0, 2}, new long[] {1, 1}, new long[] {1, 0}))
                .isEqualTo(ZERO);
        assertThat(RiskSets.of(new double[] {-0.0, 0.0, 2}, new boolean[] {true, false, true}))
                .isEqualTo(ZERO);
        assertThat(RiskSetAccumulator.create()
                        .add(-0.0, true)
                        .add(0.0, false)
                        .add(2, true)
                        .snapshot())
                .isEqualTo(ZERO);
        byte[] bytes = ZERO.toByteArray();
        bytes[4 + 1 + 4] = (byte) 0x80; // the first time's sign bit: -0.0
        RiskSets decoded = RiskSets.fromByteArray(bytes);
        assertThat(decoded).isEqualTo(ZERO);
        assertThat(decoded.toByteArray()).isEqualTo(ZERO.toByteArray());
    }

    @Test
    void strataBytesRefuseARepeatedKeyAndNameAMalformedTable() {
        Map<String, RiskSets> two = new LinkedHashMap<>();
        two.put("a", ZERO);
        two.put("b", ZERO);
        byte[] bytes = Strata.of(two).toByteArray(key -> key);
        assertThatThrownBy(() -> Strata.fromByteArray(bytes, key -> "same"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Strata key 'b' repeats");
        byte[] corrupt = bytes.clone();
        corrupt[4 + 1 + 4 + 2 + 1 + 4 + 1] ^= 0x40; // the magic of stratum a's table
        assertThatThrownBy(() -> Strata.fromByteArray(corrupt, key -> key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "Strata table of stratum 'a' is malformed: RiskSets bytes must start with magic");
    }

    @Test
    void medianOnAPlateauOfOneHalfIsTheMidpointToTheNextDrop() {
        // S = 5/6, 4/6, 1/2 at 1, 2, 3; a censoring at 3.5 keeps 1/2; S drops at 4
        KaplanMeier km = RiskSets.of(
                        new double[] {1, 2, 3, 3.5, 4, 5},
                        new boolean[] {true, true, true, false, true, true})
                .kaplanMeier();
        assertThat(km.median()).hasValue(3.5);
        KaplanMeier steps = RiskSets.of(
                        new double[] {1, 2, 3, 4}, new boolean[] {true, true, true, true})
                .kaplanMeier();
        assertThat(steps.median()).hasValue(2.5);
    }

    @Test
    void restrictedMeanHorizonsMustBeDurations() {
        KaplanMeier km = ZERO.kaplanMeier();
        assertThat(km.restrictedMean(0).value()).isZero();
        assertThatThrownBy(() -> km.restrictedMean(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be a finite number >= 0, was -1.0");
    }

    @Test
    void columnsMustBeOfOneLengthAndTimesStrictlyAscending() {
        assertThatThrownBy(() -> RiskSets.of(new double[] {1, 2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("durations and events must have the same length");
        assertThatThrownBy(() -> RiskSets.ofCounts(
                        new double[] {1, 1}, new long[] {1, 1}, new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times must be strictly ascending");
    }

    @Test
    void riskSetsKaplanMeierAndStrataAreValues() {
        RiskSets other =
                RiskSets.ofCounts(new double[] {0, 3}, new long[] {1, 1}, new long[] {1, 0});
        Map<String, RiskSets> ab = new LinkedHashMap<>();
        ab.put("a", ZERO);
        ab.put("b", other);
        Map<String, RiskSets> ba = new LinkedHashMap<>();
        ba.put("b", other);
        ba.put("a", ZERO);
        new EqualsTester()
                .addEqualityGroup(Strata.of(ab), Strata.of(ba))
                .addEqualityGroup(Strata.of(Map.of("a", ZERO)))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(ZERO.kaplanMeier(), ZERO.kaplanMeier())
                .addEqualityGroup(other.kaplanMeier())
                .testEquals();
        assertThat(Strata.of(ab).toString()).contains("a=").contains("b=");
        assertThat(ZERO.toString()).isNotBlank();
        assertThat(ZERO.kaplanMeier().toString()).isNotBlank();
        Set<Integer> tables = new HashSet<>();
        Set<Integer> curves = new HashSet<>();
        Set<Integer> strata = new HashSet<>();
        for (int events = 1; events <= 20; events++) {
            RiskSets table = RiskSets.ofCounts(
                    new double[] {1, 2}, new long[] {events, 1}, new long[] {0, 1});
            tables.add(table.hashCode());
            curves.add(table.kaplanMeier().hashCode());
            strata.add(Strata.of(Map.of("a", table)).hashCode());
        }
        assertThat(tables).hasSizeGreaterThan(10);
        assertThat(curves).hasSizeGreaterThan(10);
        assertThat(strata).hasSizeGreaterThan(10);
    }

    @Test
    void aFailedAddLeavesNoEmptyStratumAndAddsChain() {
        StrataAccumulator<String> accumulator = StrataAccumulator.create();
        assertThat(accumulator.add("a", 1, true)).isSameAs(accumulator);
        assertThatThrownBy(() -> accumulator.add("b", -1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be a finite number >= 0, was -1.0");
        assertThat(accumulator.snapshot().keys()).containsExactly("a");
        RiskSetAccumulator risk = RiskSetAccumulator.create();
        assertThat(risk.addAll(new double[] {1}, new boolean[] {true})).isSameAs(risk);
    }

    @Test
    void testStatisticsAtTheirBounds() {
        assertThat(new ChiSquareTest(0, 1, 1).pValue()).isEqualTo(1);
        assertThat(new ChiSquareTest(5, 2, 0).pValue()).isZero();
        for (double[] bad : new double[][] {{-1, 1, 0.5}, {1, 0, 0.5}, {1, 1, -0.1}, {1, 1, 1.1}}) {
            assertThatThrownBy(() -> new ChiSquareTest(bad[0], (int) bad[1], bad[2]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("statistic must be >= 0, degreesOfFreedom >= 1");
        }
        assertThat(ChiSquareTest.of(0, 1).pValue()).isEqualTo(1);
        assertThatThrownBy(() -> ChiSquareTest.of(1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Concordance(0, 0, 0).comparablePairs()).isZero();
        for (long[] bad : new long[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}}) {
            assertThatThrownBy(() -> new Concordance(bad[0], bad[1], bad[2]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("pair counts must be >= 0");
        }
    }
}
