package dev.cxkit.score;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;

import dev.cxkit.model.Scale;

import org.junit.jupiter.api.Test;

/** equals/hashCode and null checks of the score summaries, by guava-testlib. */
class ValueContractTest {

    @Test
    void histogramsAreEqualExactlyWhenScaleAndCountsAre() {
        ScoreHistogram counts = ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5);
        WeightedScoreHistogram weighted =
                WeightedScoreAccumulator.create(Scale.CSAT).add(3, 2).add(5, 1).snapshot();
        new EqualsTester()
                .addEqualityGroup(
                        counts,
                        ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5),
                        ScoreHistogram.fromByteArray(counts.toByteArray()))
                .addEqualityGroup(ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 6))
                .addEqualityGroup(ScoreHistogram.of(Scale.of("other", 1, 5), 1, 2, 3, 4, 5))
                .addEqualityGroup(
                        weighted, WeightedScoreHistogram.fromByteArray(weighted.toByteArray()))
                .addEqualityGroup(WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(3, 2)
                        .add(5, 2)
                        .snapshot())
                .testEquals();
    }

    @Test
    void publicFactoriesRejectNullsWithNullPointerException() {
        NullPointerTester tester = new NullPointerTester().setDefault(Scale.class, Scale.NPS);
        tester.testAllPublicStaticMethods(ScoreHistogram.class);
        tester.testAllPublicStaticMethods(WeightedScoreHistogram.class);
    }
}
