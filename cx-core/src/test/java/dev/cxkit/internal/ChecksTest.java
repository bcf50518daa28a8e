package dev.cxkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void passingChecksThrowNothing() {
        assertThatCode(() -> {
                    Checks.checkArgument(true, "never");
                    Checks.checkArgument(true, "never %s", 1L);
                    Checks.checkArgument(true, "never %s", 1.5);
                    Checks.checkArgument(true, "never %s", "x");
                    Checks.checkArgument(true, "never %s %s", 1, 2);
                })
                .doesNotThrowAnyException();
        assertThat(Checks.nonBlank("id", "id")).isEqualTo("id");
    }

    @Test
    void failedChecksNameTheValueInTheTemplate() {
        assertThatThrownBy(() -> Checks.checkArgument(false, "alpha must be > 0, was %s", -1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be > 0, was -1.0");
        assertThatThrownBy(() -> Checks.checkArgument(false, "k must be >= 0, was %s", -3L))
                .hasMessage("k must be >= 0, was -3");
        assertThatThrownBy(() -> Checks.checkArgument(false, "%s must be <= %s", "x", 4))
                .hasMessage("x must be <= 4");
        assertThatThrownBy(() -> Checks.checkArgument(false, "plain")).hasMessage("plain");
    }

    @Test
    void valuesWithoutPlaceholdersAreAppendedAndPlaceholdersWithoutValuesKept() {
        assertThat(Checks.format("a %s", 1, 2, 3)).isEqualTo("a 1 [2, 3]");
        assertThat(Checks.format("a %s and %s", 1)).isEqualTo("a 1 and %s");
    }

    @Test
    void blankIdentifiersAreRejected() {
        assertThatThrownBy(() -> Checks.nonBlank(" ", "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank, was ' '");
        assertThatThrownBy(() -> Checks.nonBlank(null, "id"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }
}
