package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Survey data generated from a fixed seed, so every run and every peer sees the same columns.
 *
 * <p>NPS scores follow a skewed distribution typical of survey data (most answers 7..10, a
 * long tail of detractors); segment ids are uniform, the worst case for a counting table's
 * cache.
 */
final class SyntheticSurvey {

    static final long SEED = 20_261_122L;

    /** Relative frequency of NPS scores 0..10, in percent. */
    private static final int[] NPS_PERCENT = {3, 1, 2, 2, 3, 6, 7, 12, 18, 20, 26};

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SyntheticSurvey() {}

    /** {@code n} NPS scores, 0..10. */
    static byte[] npsScores(int n) {
        byte[] byPercentile = new byte[100];
        int next = 0;
        for (int score = 0; score < NPS_PERCENT.length; score++) {
            for (int k = 0; k < NPS_PERCENT[score]; k++) {
                byPercentile[next++] = (byte) score;
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] scores = new byte[n];
        for (int i = 0; i < n; i++) {
            scores[i] = byPercentile[random.nextInt(100)];
        }
        return scores;
    }

    /** {@code n} segment ids, uniform on {@code 0..segments-1}. */
    static int[] segmentIds(int n, int segments) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = random.nextInt(segments);
        }
        return ids;
    }

    /** One NPS response per score, from a pool of customers, one a minute. */
    static List<SurveyResponse> responses(byte[] scores) {
        String[] customers = new String[Math.min(scores.length, 100_000)];
        for (int c = 0; c < customers.length; c++) {
            customers[c] = "customer-" + c;
        }
        List<SurveyResponse> responses = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            responses.add(SurveyResponse.of(
                    customers[i % customers.length],
                    START.plusSeconds(60L * i),
                    Scale.NPS,
                    scores[i]));
        }
        return responses;
    }
}
