package dev.cxkit.benchmarks;

import dev.cxkit.score.ScoreHistogram;

import java.util.List;
import java.util.Map;

/**
 * The numbers every NPS benchmark and peer must agree on: detractors (0..6), passives (7..8)
 * and promoters (9..10).
 */
record NpsCounts(long detractors, long passives, long promoters) {

    /** The counts of an NPS histogram. */
    static NpsCounts of(ScoreHistogram histogram) {
        return new NpsCounts(
                histogram.countBetween(0, 6),
                histogram.countBetween(7, 8),
                histogram.countBetween(9, 10));
    }

    /** The counts of a map from category to count; a missing category counts 0. */
    static NpsCounts of(Map<NpsCategory, Long> byCategory) {
        return new NpsCounts(
                byCategory.getOrDefault(NpsCategory.DETRACTOR, 0L),
                byCategory.getOrDefault(NpsCategory.PASSIVE, 0L),
                byCategory.getOrDefault(NpsCategory.PROMOTER, 0L));
    }

    /** The counts of each segment's histogram, in segment order. */
    static List<NpsCounts> ofEach(List<ScoreHistogram> histograms) {
        return histograms.stream().map(NpsCounts::of).toList();
    }
}
