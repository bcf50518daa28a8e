package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link SentimentScorer} from a user-supplied lexicon of words (or short phrases) with
 * scores, in the manner of AFINN (Nielsen 2011, "A new ANEW: Evaluation of a word list for
 * sentiment analysis in microblogs", CEUR Workshop Proceedings 718:93-98): a comment's score is
 * the sum of the scores of the lexicon entries it contains.
 *
 * <p>Matching: the comment is split into words by {@code words} (a tokenizer that keeps stop
 * words and does not stem, so that the lexicon's surface forms match); lexicon entries are split
 * by the same tokenizer, and at each position the longest entry that matches is taken.
 * Negation: when one of the {@value #NEGATION_WINDOW} words before a match is a negation word
 * (for example "not", "never", "não") not yet used by an earlier match, the entry's score counts
 * with the opposite sign ("not good" scores as -good) and that negation is used up, so "não
 * gostei, atrasou" negates "gostei" only. This is the simple rule of lexicon scorers, not a
 * parse: it misses negation at a distance and double negation.
 *
 * <p>Immutable and thread-safe when {@code words} is.
 */
public final class LexiconScorer implements SentimentScorer {

    /** Words before a lexicon entry searched for a negation. */
    public static final int NEGATION_WINDOW = 3;

    private final Map<String, Double> entries;
    private final int longestEntry;
    private final Tokenizer words;
    private final Set<String> negations;

    private LexiconScorer(
            Map<String, Double> entries, int longestEntry, Tokenizer words, Set<String> negations) {
        this.entries = entries;
        this.longestEntry = longestEntry;
        this.words = words;
        this.negations = negations;
    }

    /**
     * {@return a scorer over {@code lexicon}}
     *
     * @param lexicon entries (a word or phrase) with finite scores; not empty
     * @param words the tokenizer for comments and entries
     * @param negations negation words (lower-cased for matching); may be empty to disable
     *     negation handling
     * @throws IllegalArgumentException when the lexicon is empty, a score is not finite, an
     *     entry has no words, or two entries have the same words
     */
    public static LexiconScorer of(
            Map<String, Double> lexicon, Tokenizer words, Set<String> negations) {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(negations, "negations");
        checkArgument(!lexicon.isEmpty(), "lexicon must hold at least one entry, was empty");
        Map<String, Double> entries = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, Double> entry : lexicon.entrySet()) {
            String text = Objects.requireNonNull(entry.getKey(), "lexicon entry");
            double score = Objects.requireNonNull(entry.getValue(), "lexicon score");
            checkArgument(
                    Double.isFinite(score),
                    "lexicon score of '%s' must be finite, was %s",
                    text,
                    score);
            List<String> tokens = words.tokens(text);
            checkArgument(
                    !tokens.isEmpty(), "lexicon entry '%s' must hold at least one word", text);
            String key = String.join(" ", tokens);
            String previous = origin.put(key, text);
            checkArgument(
                    previous == null,
                    "lexicon entries '%s' and '%s' are the same words '%s'",
                    previous,
                    text,
                    key);
            entries.put(key, score);
            longest = Math.max(longest, tokens.size());
        }
        Set<String> lowered = negations.stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new LexiconScorer(Map.copyOf(entries), longest, words, lowered);
    }

    /** {@return the number of lexicon entries} */
    public int size() {
        return entries.size();
    }

    @Override
    public double score(String comment) {
        List<String> tokens = words.tokens(Objects.requireNonNull(comment, "comment"));
        double total = 0;
        int usedNegation = -1;
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            double value = 0;
            for (int length = Math.min(longestEntry, tokens.size() - i); length >= 1; length--) {
                Double score = entries.get(
                        length == 1
                                ? tokens.get(i)
                                : String.join(" ", tokens.subList(i, i + length)));
                if (score != null) {
                    matched = length;
                    value = score;
                    break;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            int negation = negation(tokens, i, usedNegation);
            if (negation >= 0) {
                usedNegation = negation;
                value = -value;
            }
            total += value;
            i += matched;
        }
        return total;
    }

    /** The position of the nearest unused negation in the window before {@code position}, or -1. */
    private int negation(List<String> tokens, int position, int used) {
        for (int j = position - 1; j >= Math.max(used + 1, position - NEGATION_WINDOW); j--) {
            if (negations.contains(tokens.get(j))) {
                return j;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "LexiconScorer[" + entries.size() + " entries, " + negations.size()
                + " negation words]";
    }
}
