package dev.cxkit.ces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

/** CES values: equality, hash codes, descriptions, and the bounds of a definition's ranges. */
class CesEdgesTest {

    private static final ScoreHistogram SEVEN = ScoreHistogram.of(Scale.CES, 1, 1, 2, 3, 5, 8, 13);

    @Test
    void equalExactlyWhenHistogramAndDefinitionAre() {
        CesDefinition narrow = CesDefinition.of(Scale.CES, 6, 7, 1, 2);
        new EqualsTester()
                .addEqualityGroup(Ces.of(SEVEN), Ces.of(SEVEN, CesDefinition.V2))
                .addEqualityGroup(Ces.of(SEVEN, narrow))
                .addEqualityGroup(Ces.of(ScoreHistogram.of(Scale.CES, 1, 1, 2, 3, 5, 8, 14)))
                .testEquals();
        assertThat(Ces.of(SEVEN).histogram()).isSameAs(SEVEN);
        assertThat(Ces.of(SEVEN, narrow).definition()).isSameAs(narrow);
        assertThat(Ces.of(SEVEN).toString()).isNotBlank().contains("n=33");
        Set<Integer> hashes = new HashSet<>();
        for (int n = 1; n <= 20; n++) {
            hashes.add(Ces.of(ScoreHistogram.of(Scale.CES, n, 0, 0, 0, 0, 0, 1)).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(10);
    }

    @Test
    void rangesMayBeOnePointAndMayTouchButNotOverlap() {
        assertThat(CesDefinition.of(Scale.CES, 7, 7, 1, 1).higherIsEasier()).isTrue();
        assertThat(CesDefinition.of(Scale.CES, 4, 7, 1, 3).higherIsEasier()).isTrue();
        assertThat(CesDefinition.of(Scale.CES, 1, 3, 4, 7).higherIsEasier()).isFalse();
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 5, 7, 1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("easy scores 5..7 must not overlap hard scores 1..5");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 1, 3, 3, 7))
                .hasMessage("easy scores 1..3 must not overlap hard scores 3..7");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 7, 6, 1, 2))
                .hasMessage("easyTo must be >= easyFrom (7), was 6");
    }
}
