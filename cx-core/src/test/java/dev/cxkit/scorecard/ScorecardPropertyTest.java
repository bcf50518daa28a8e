package dev.cxkit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

class ScorecardPropertyTest {

    private static final List<ScoreMetric> METRICS = List.of(
            ScoreMetric.nps(), ScoreMetric.csat(Scale.NPS, 9), ScoreMetric.mean(Scale.NPS, "mean"));

    @Test
    void rowsPartitionTheTotalAndEachRowIsTestedAgainstTotalMinusRow() {
        Property.check("scorecard partition", 30, trial -> {
            int n = trial.intIn(1, 300);
            List<SurveyResponse> responses = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                responses.add(SurveyResponse.of(
                                "c" + i,
                                Instant.parse("2024-01-01T00:00:00Z")
                                        .plusSeconds(86_400L * trial.intIn(0, 120)),
                                Scale.NPS,
                                trial.intIn(0, 10))
                        .withTouchpoint("t" + trial.intIn(0, 4)));
            }
            GroupedScores groups = responses.stream()
                    .collect(GroupedScoreAccumulator.toGroupedScores(
                            Scale.NPS,
                            List.of(
                                    GroupKey.touchpoint(),
                                    GroupKey.period(CalendarPeriod.MONTH, ZoneOffset.UTC))));
            ScoreMetric metric = METRICS.get(trial.intIn(0, METRICS.size() - 1));
            Scorecard scorecard = Scorecard.of(metric, groups, 0.9, 20);
            ScoreAccumulator sum = ScoreAccumulator.create(Scale.NPS);
            scorecard.rows().forEach(row -> sum.merge(row.histogram()));
            assertThat(sum.snapshot()).isEqualTo(scorecard.total().histogram());
            assertThat(scorecard.total().n()).isEqualTo(n);
            for (ScorecardRow row : scorecard.rows()) {
                assertThat(row.smallSample()).isEqualTo(row.n() < 20);
                row.interval()
                        .ifPresent(interval -> assertThat(interval.level()).isEqualTo(0.9));
            }
            for (RowComparison comparison :
                    scorecard.compareWithRest(Adjustment.BENJAMINI_HOCHBERG)) {
                ScoreHistogram row =
                        scorecard.row(comparison.key()).orElseThrow().histogram();
                long[] rest = scorecard.total().histogram().counts();
                long[] counts = row.counts();
                for (int i = 0; i < rest.length; i++) {
                    rest[i] -= counts[i];
                }
                assertThat(comparison.difference())
                        .isEqualTo(metric.difference(row, ScoreHistogram.of(Scale.NPS, rest))
                                .orElseThrow());
                assertThat(comparison.adjustedPValue())
                        .isBetween(comparison.difference().pValue() - 1e-15, 1.0);
            }
            for (RowComparison comparison : scorecard.compareWithPreviousPeriod(Adjustment.HOLM)) {
                assertThat(CalendarPeriod.MONTH.previous(comparison.key().get(1)))
                        .isEqualTo(comparison.baseline().get(1));
                assertThat(comparison.baseline().get(0))
                        .isEqualTo(comparison.key().get(0));
            }
        });
    }
}
