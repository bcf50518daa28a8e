package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.csat.Csat;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.scorecard.Adjustment;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.GroupedScores;
import dev.cxkit.scorecard.RowComparison;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.scorecard.ScorecardRow;
import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The "Survey metrics" example of the root README, kept compiling and running. */
class ReadmeExampleTest {

    @Test
    void surveyMetricsExample() {
        // README begin
        Nps nps = Nps.of(ScoreAccumulator.create(Scale.NPS)
                .addAll(new int[] {10, 9, 9, 8, 7, 6, 3, 10, 9, 0, 10, 8})
                .snapshot());
        Interval tango = nps.interval(NpsIntervalMethod.TANGO, 0.95); // points
        System.out.printf(
                "NPS %.1f +- %.1f, Tango 95 %% [%.1f, %.1f]%n",
                nps.value(), nps.standardError(), tango.lower(), tango.upper());
        NpsComparison change = NpsComparison.of(nps, Nps.ofCounts(25, 30, 45));
        System.out.printf("change %+.1f points, p = %.3f%n", change.value(), change.pValue());
        long needed = NpsSampleSize.forMarginPoints(5, 0.95); // 1537 responses

        Csat csat = Csat.of(ScoreHistogram.of(Scale.CSAT, 5, 5, 10, 20, 10));
        Interval wilson = csat.interval(0.95); // [0.462, 0.724]

        List<SurveyResponse> responses = List.of(
                SurveyResponse.of("ann", Instant.parse("2024-01-15T10:00:00Z"), Scale.NPS, 9)
                        .withTouchpoint("web"),
                SurveyResponse.of("bob", Instant.parse("2024-01-20T10:00:00Z"), Scale.NPS, 4)
                        .withTouchpoint("phone"),
                SurveyResponse.of("cat", Instant.parse("2024-02-02T10:00:00Z"), Scale.NPS, 10)
                        .withTouchpoint("web"));
        GroupedScores groups = responses.stream()
                .collect(GroupedScoreAccumulator.toGroupedScores(
                        Scale.NPS,
                        List.of(
                                GroupKey.touchpoint(),
                                GroupKey.period(
                                        CalendarPeriod.MONTH, ZoneId.of("Europe/Berlin")))));
        Scorecard scorecard = Scorecard.of(ScoreMetric.nps(), groups);
        for (ScorecardRow row : scorecard.rows()) {
            System.out.printf(
                    "%s n=%d NPS %.0f%s%n",
                    row.key(), row.n(), row.value(), row.smallSample() ? " (small sample)" : "");
        }
        List<RowComparison> versusRest = scorecard.compareWithRest(Adjustment.HOLM);
        // README end
        assertThat(nps.value()).isCloseTo(100.0 * (6 - 3) / 12, within(1e-12));
        assertThat(tango.contains(nps.value())).isTrue();
        assertThat(change.value()).isCloseTo(25 - 20, within(1e-12));
        assertThat(needed).isEqualTo(1537);
        assertThat(wilson.lower()).isCloseTo(0.461814, within(1e-6));
        assertThat(scorecard.rows())
                .extracting(ScorecardRow::key)
                .containsExactly(
                        List.of("phone", "2024-01"),
                        List.of("web", "2024-01"),
                        List.of("web", "2024-02"));
        assertThat(versusRest).hasSize(3);
    }
}
