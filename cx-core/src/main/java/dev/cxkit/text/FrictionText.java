package dev.cxkit.text;

import dev.cxkit.journey.FrictionReport.RankedTouchpoint;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words behind the friction ranking: for each touchpoint of a
 * {@link dev.cxkit.journey.FrictionReport}'s
 * ranking, the {@link DistinctiveTerms} of the comments on its low scores against every other
 * comment (the touchpoint's other comments and all comments elsewhere).
 *
 * <p>A low score is the one the friction signals count ({@link dev.cxkit.journey.FrictionSignal}):
 * CSAT 1 or 2, NPS 0 to 6, CES 1 to 3, CES 1.0 4 or 5; responses on other scales are not low.
 * Add each commented response with its terms ({@link #add}); responses without a touchpoint
 * count only in the rest. Memory is bounded by touchpoints times the vocabulary bound. Not
 * thread-safe.
 */
public final class FrictionText {

    private final String analyzer;
    private final int vocabularyBound;
    private final int maxGram;
    private final Map<String, TermCountAccumulator> low = new LinkedHashMap<>();
    private final Map<String, TermCountAccumulator> other = new LinkedHashMap<>();
    private final TermCountAccumulator unassigned;

    private FrictionText(String analyzer, int vocabularyBound, int maxGram) {
        this.analyzer = analyzer;
        this.vocabularyBound = vocabularyBound;
        this.maxGram = maxGram;
        this.unassigned = TermCountAccumulator.create(analyzer, vocabularyBound, maxGram);
    }

    /**
     * {@return empty, with term counts as {@link TermCountAccumulator#create} makes them}
     *
     * @param analyzer the name of the analyzer the terms come from
     * @param vocabularyBound the number of distinct terms counted exactly, {@code >= 1}
     * @param maxGram the longest n-gram counted: 1 (terms) or 2 (terms and bigrams)
     */
    public static FrictionText create(String analyzer, int vocabularyBound, int maxGram) {
        TermCountAccumulator.create(analyzer, vocabularyBound, maxGram);
        return new FrictionText(analyzer, vocabularyBound, maxGram);
    }

    /**
     * {@return true when {@code response}'s score is a low score in the sense of the friction
     * signals}
     *
     * @param response the survey response
     */
    public static boolean isLowScore(SurveyResponse response) {
        Scale scale = Objects.requireNonNull(response, "response").scale();
        int score = response.score();
        if (scale.equals(Scale.CSAT)) {
            return score <= 2;
        }
        if (scale.equals(Scale.NPS)) {
            return score <= 6;
        }
        if (scale.equals(Scale.CES)) {
            return score <= 3;
        }
        return scale.equals(Scale.CES_LEGACY) && score >= 4;
    }

    /**
     * Adds one commented response given the terms of its comment.
     *
     * @param response the commented survey response
     * @param terms the terms of its comment
     * @return this collector
     */
    public FrictionText add(SurveyResponse response, List<String> terms) {
        Objects.requireNonNull(terms, "terms");
        if (response.touchpointId().isEmpty()) {
            unassigned.add(terms);
            return this;
        }
        String id = response.touchpointId().get();
        Map<String, TermCountAccumulator> side = isLowScore(response) ? low : other;
        side.computeIfAbsent(
                        id, k -> TermCountAccumulator.create(analyzer, vocabularyBound, maxGram))
                .add(terms);
        return this;
    }

    /**
     * For each touchpoint of a friction ranking ({@link
     * dev.cxkit.journey.FrictionReport#ranking()} or {@link
     * dev.cxkit.journey.FrictionReport#ranking(dev.cxkit.journey.FrictionRule)}), in rank order,
     * the terms of its low-score comments against all other comments; touchpoints without
     * low-score comments, or with nothing to compare against, are left out.
     *
     * @param ranking the friction ranking, most friction first
     * @return the terms of each ranked touchpoint, in rank order
     */
    public List<TouchpointTerms> rank(List<RankedTouchpoint> ranking) {
        Objects.requireNonNull(ranking, "ranking");
        List<TouchpointTerms> result = new ArrayList<>();
        for (RankedTouchpoint ranked : ranking) {
            String id = ranked.touchpoint().id();
            TermCountAccumulator lowHere = low.get(id);
            if (lowHere == null || lowHere.comments() == 0) {
                continue;
            }
            List<TermCounts> rest = new ArrayList<>();
            rest.add(unassigned.snapshot());
            other.values().forEach(a -> rest.add(a.snapshot()));
            low.forEach((otherId, a) -> {
                if (!otherId.equals(id)) {
                    rest.add(a.snapshot());
                }
            });
            TermCounts restCounts = DistinctiveTerms.union(rest);
            if (restCounts.n() == 0) {
                continue;
            }
            result.add(new TouchpointTerms(
                    ranked,
                    lowHere.comments(),
                    DistinctiveTerms.compare(lowHere.snapshot(), restCounts)));
        }
        return List.copyOf(result);
    }

    /**
     * One ranked touchpoint with the terms of its low-score comments (first side) against the
     * rest (second side).
     *
     * @param touchpoint the touchpoint with its friction score and signals
     * @param lowComments the low-score comments at the touchpoint
     * @param terms the comparison
     */
    public record TouchpointTerms(
            RankedTouchpoint touchpoint, long lowComments, DistinctiveTerms terms) {

        /**
         * Checks that nothing is null and copies the terms.
         *
         * @param touchpoint the touchpoint with its friction score and signals
         * @param lowComments the low-score comments at the touchpoint
         * @param terms the comparison
         */
        public TouchpointTerms {
            Objects.requireNonNull(touchpoint, "touchpoint");
            Objects.requireNonNull(terms, "terms");
        }
    }
}
