package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Log-rank reference values from R's {@code survdiff}, see {@code r-reference.R}. */
class StrataTest {

    @Test
    void logRankOfAmlGroupsMatchesSurvdiff() {
        Strata<String> strata = aml();
        LogRankTest<String> test = strata.logRank();
        assertThat(test.chiSquare()).isCloseTo(3.39638869898, within(1e-9));
        assertThat(test.degreesOfFreedom()).isEqualTo(1);
        assertThat(test.pValue()).isCloseTo(0.0653393220405, within(1e-10));
        assertThat(test.groups().keySet()).containsExactly("Maintained", "Nonmaintained");
        LogRankTest.Group maintained = test.groups().get("Maintained");
        assertThat(maintained.subjects()).isEqualTo(11);
        assertThat(maintained.observed()).isEqualTo(7);
        assertThat(maintained.expected()).isCloseTo(10.6893359923, within(1e-9));
        assertThat(test.groups().get("Nonmaintained").expected())
                .isCloseTo(7.3106640077, within(1e-9));
        assertThat(maintained.observedMinusExpected()).isCloseTo(7 - 10.6893359923, within(1e-9));
    }

    @Test
    void logRankOfThreeTiedStrataMatchesSurvdiff() {
        Map<String, RiskSets> tables = new LinkedHashMap<>();
        tables.put("a", SurvivalData.tied(0));
        tables.put("b", SurvivalData.tied(1));
        tables.put("c", SurvivalData.tied(2));
        LogRankTest<String> test = Strata.of(tables).logRank();
        assertThat(test.chiSquare()).isCloseTo(3.96407398635, within(1e-9));
        assertThat(test.degreesOfFreedom()).isEqualTo(2);
        assertThat(test.pValue()).isCloseTo(0.13778827747, within(1e-10));
        assertThat(test.groups().get("a").expected()).isCloseTo(4.18030341306, within(1e-9));
        assertThat(test.groups().get("b").expected()).isCloseTo(4.15655379104, within(1e-9));
        assertThat(test.groups().get("c").expected()).isCloseTo(8.66314279590, within(1e-9));
        assertThat(test.groups().get("c").observed()).isEqualTo(5);
    }

    @Test
    void logRankDoesNotDependOnStratumOrder() {
        Map<String, RiskSets> reversed = new LinkedHashMap<>();
        reversed.put("Nonmaintained", aml().riskSets("Nonmaintained"));
        reversed.put("Maintained", aml().riskSets("Maintained"));
        assertThat(Strata.of(reversed).logRank().chiSquare())
                .isCloseTo(aml().logRank().chiSquare(), within(1e-12));
    }

    @Test
    void logRankIsBitIdenticalForEveryInsertionOrderOfTheKeys() {
        Property.check("log-rank under key permutations", 100, trial -> {
            SplittableRandom random = trial.random();
            int strata = trial.intIn(2, 5);
            List<String> keys = new ArrayList<>();
            Map<String, RiskSets> tables = new HashMap<>();
            for (int g = 0; g < strata; g++) {
                int n = 1 + random.nextInt(30);
                double[] durations = new double[n];
                boolean[] events = new boolean[n];
                for (int i = 0; i < n; i++) {
                    durations[i] = 1 + random.nextInt(12) + (random.nextBoolean() ? 0.5 : 0);
                    events[i] = random.nextInt(3) > 0;
                }
                keys.add("g" + g);
                tables.put("g" + g, RiskSets.of(durations, events));
            }
            // Identical strata must be interchangeable too.
            if (random.nextBoolean()) {
                keys.add("copy");
                tables.put("copy", tables.get("g0"));
            }
            LogRankTest<String> reference = null;
            for (int shuffle = 0; shuffle < 6; shuffle++) {
                Collections.shuffle(keys, new java.util.Random(random.nextLong()));
                Map<String, RiskSets> ordered = new LinkedHashMap<>();
                keys.forEach(key -> ordered.put(key, tables.get(key)));
                LogRankTest<String> test;
                try {
                    test = Strata.of(ordered).logRank();
                } catch (IllegalStateException undefined) {
                    return;
                }
                assertThat(test.groups().keySet()).containsExactlyElementsOf(keys);
                if (reference == null) {
                    reference = test;
                } else {
                    assertThat(test.chiSquare()).isEqualTo(reference.chiSquare());
                    assertThat(test.pValue()).isEqualTo(reference.pValue());
                    assertThat(test).isEqualTo(reference);
                }
            }
        });
    }

    @Test
    void accumulatorBuildsAndMergesStrata() {
        StrataAccumulator<String> first = StrataAccumulator.create();
        StrataAccumulator<String> second = StrataAccumulator.create();
        addAll(
                first,
                "Maintained",
                SurvivalData.AML_MAINTAINED_TIMES,
                SurvivalData.AML_MAINTAINED_EVENTS,
                0,
                5);
        addAll(
                second,
                "Nonmaintained",
                SurvivalData.AML_NONMAINTAINED_TIMES,
                SurvivalData.AML_NONMAINTAINED_EVENTS,
                0,
                12);
        addAll(
                second,
                "Maintained",
                SurvivalData.AML_MAINTAINED_TIMES,
                SurvivalData.AML_MAINTAINED_EVENTS,
                5,
                11);
        Strata<String> merged = first.merge(second).snapshot();
        assertThat(merged).isEqualTo(aml()).hasSameHashCodeAs(aml());
        assertThat(merged.keys()).containsExactly("Maintained", "Nonmaintained");
        assertThat(merged.pooled().subjects()).isEqualTo(23);
    }

    @Test
    void logRankNeedsTwoStrataWithExpectedEvents() {
        Map<String, RiskSets> one = Map.of("only", SurvivalData.amlMaintained().riskSets());
        assertThatThrownBy(() -> Strata.of(one).logRank())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("log-rank")
                .hasMessageContaining("had 1 of 1");
        Map<String, RiskSets> early = new LinkedHashMap<>(one);
        early.put("gone before the first event", RiskSets.of(new double[] {1}, new boolean[] {false
        }));
        assertThatThrownBy(() -> Strata.of(early).logRank())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("had 1 of 2");
        assertThatThrownBy(() -> Strata.of(Map.of()).logRank())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void logRankResultRejectsBadValues() {
        assertThatThrownBy(() -> new LogRankTest<>(-1, 1, 0.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new LogRankTest<>(1, 0, 0.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new LogRankTest<>(1, 1, 1.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new LogRankTest<String>(1, 1, 0.5, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("groups");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> aml().riskSets("other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'other'");
        assertThatThrownBy(() -> StrataAccumulator.<String>create().add("a", -1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> StrataAccumulator.<String>create().add(null, 1, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        Map<String, RiskSets> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> Strata.of(withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("strata[a]");
    }

    private static Strata<String> aml() {
        Map<String, RiskSets> tables = new LinkedHashMap<>();
        tables.put("Maintained", SurvivalData.amlMaintained().riskSets());
        tables.put("Nonmaintained", SurvivalData.amlNonmaintained().riskSets());
        return Strata.of(tables);
    }

    private static void addAll(
            StrataAccumulator<String> accumulator,
            String key,
            double[] durations,
            boolean[] events,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(key, durations[i], events[i]);
        }
    }
}
