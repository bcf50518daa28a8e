package dev.cxkit.journey;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

/** Survey scores on a common 0..1 scale where higher is better. */
final class Normalized {

    private Normalized() {}

    /**
     * {@code (score - min) / (max - min)}, reversed for {@link Scale#CES_LEGACY} whose low
     * scores are the good ones.
     */
    static double score(SurveyResponse response) {
        Scale scale = response.scale();
        double position = (double) (response.score() - scale.min()) / (scale.max() - scale.min());
        return scale.equals(Scale.CES_LEGACY) ? 1 - position : position;
    }
}
