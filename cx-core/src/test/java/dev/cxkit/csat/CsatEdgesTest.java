package dev.cxkit.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.ProportionInterval;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

/** CSAT values: equality, hash codes, descriptions, and what an empty sample refuses. */
class CsatEdgesTest {

    private static final ScoreHistogram FIVE = ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5);

    @Test
    void equalExactlyWhenHistogramAndTopBoxAre() {
        new EqualsTester()
                .addEqualityGroup(Csat.of(FIVE), Csat.of(FIVE, 4))
                .addEqualityGroup(Csat.of(FIVE, 5))
                .addEqualityGroup(Csat.of(ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 6)))
                .testEquals();
        assertThat(Csat.of(FIVE).histogram()).isSameAs(FIVE);
        assertThat(Csat.of(FIVE).toString()).isNotBlank().contains("n=15");
        Set<Integer> hashes = new HashSet<>();
        for (int n = 1; n <= 20; n++) {
            hashes.add(Csat.of(ScoreHistogram.of(Scale.CSAT, n, 0, 0, 0, 1)).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(10);
    }

    @Test
    void anEmptySampleHasNoIntervalAndNoShares() {
        Csat empty = Csat.of(ScoreHistogram.empty(Scale.CSAT));
        assertThatThrownBy(() -> empty.interval(ProportionInterval.WILSON, 0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CSAT top-box interval");
        assertThatThrownBy(() -> empty.share(5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CSAT share");
    }
}
