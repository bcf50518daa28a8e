package dev.cxkit.journey;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

/** Survey scores on a common 0..1 scale where higher is better. */
final class Normalized {

    private Normalized() {}

    /**
     * {@code (score - min) / (max - min)}, reversed for {@link Scale#CES_LEGACY} whose low
     * scores are the good ones: {@link #points} over {@link #range}.
     */
    static double score(SurveyResponse response) {
        return (double) points(response) / range(response.scale());
    }

    /**
     * How far the response is above its scale's worst score, in scale points: {@code score -
     * min}, or {@code max - score} for {@link Scale#CES_LEGACY}; in {@code 0..range}.
     */
    static int points(SurveyResponse response) {
        Scale scale = response.scale();
        return scale.equals(Scale.CES_LEGACY)
                ? scale.max() - response.score()
                : response.score() - scale.min();
    }

    /** {@code max - min}, the points between the worst and the best score, {@code >= 1}. */
    static int range(Scale scale) {
        return scale.max() - scale.min();
    }
}
