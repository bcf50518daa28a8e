package dev.cxkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class PropertyTest {

    @Test
    void firstTrialsDrawTheBoundsThenValuesInRange() {
        List<Integer> drawn = new ArrayList<>();
        Property.check("draws", 50, trial -> drawn.add(trial.intIn(3, 9)));
        assertThat(drawn.subList(0, 2)).containsExactly(3, 9);
        assertThat(drawn).allMatch(v -> v >= 3 && v <= 9).hasSize(50);
    }

    @Test
    void sameSeedGivesSameDraws() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        Property.check("a", 20, trial -> first.add(trial.longIn(0, 1_000_000)));
        Property.check("b", 20, trial -> second.add(trial.longIn(0, 1_000_000)));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void failureNamesPropertyTrialAndSeed() {
        assertThatThrownBy(() -> Property.check("always fails late", 10, trial -> {
                    if (trial.index() == 4) {
                        throw new AssertionError("boom");
                    }
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("always fails late")
                .hasMessageContaining("trial 4")
                .hasMessageContaining("-Dcxkit.seed=")
                .hasMessageContaining("boom");
    }
}
