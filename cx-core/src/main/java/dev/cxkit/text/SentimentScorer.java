package dev.cxkit.text;

/**
 * Scores the sentiment of one comment: positive for favourable text, negative for unfavourable,
 * 0 for neutral text or text without evidence. The scale is the scorer's own (a lexicon
 * scorer sums its lexicon's word scores); scores of one scorer aggregate per group with
 * {@link SentimentAccumulator}.
 *
 * <p>Implementations must be thread-safe and return a finite score.
 */
@FunctionalInterface
public interface SentimentScorer {

    /**
     * {@return the sentiment of {@code comment}, finite}
     *
     * @param comment the comment's text
     * @throws NullPointerException when {@code comment} is null
     */
    double score(String comment);
}
