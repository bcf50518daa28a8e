package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bounded sample of one group's comments, to show an example comment for a term.
 *
 * <p>Keeps the first {@code limit} comments added with their terms (unigrams and the bigrams
 * of adjacent terms, as {@link TermCountAccumulator} counts them); memory is bounded by the
 * limit, whatever the input. {@link #example(String)} returns the shortest kept comment that
 * contains the term. Not thread-safe.
 */
public final class ExampleComments {

    private final int limit;
    private final List<String> comments = new ArrayList<>();
    private final List<Set<String>> terms = new ArrayList<>();

    private ExampleComments(int limit) {
        this.limit = limit;
    }

    /**
     * {@return an empty sample keeping up to {@code limit} comments}
     *
     * @param limit the most comments kept, {@code >= 1}
     * @throws IllegalArgumentException when {@code limit < 1}
     */
    public static ExampleComments create(int limit) {
        checkArgument(limit >= 1, "limit must be >= 1, was %s", limit);
        return new ExampleComments(limit);
    }

    /**
     * Keeps {@code comment} with its {@code tokens} while fewer than the limit are kept.
     *
     * @param comment the comment's text
     * @param tokens the comment's terms
     * @return this sample
     */
    public ExampleComments add(String comment, List<String> tokens) {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(tokens, "tokens");
        if (comments.size() < limit) {
            Set<String> set = new HashSet<>(tokens);
            for (int i = 1; i < tokens.size(); i++) {
                set.add(tokens.get(i - 1) + ' ' + tokens.get(i));
            }
            comments.add(comment);
            terms.add(set);
        }
        return this;
    }

    /** {@return the comments kept} */
    public int size() {
        return comments.size();
    }

    /**
     * {@return the shortest kept comment containing {@code term} (first of equal length), if any}
     *
     * @param term the term, or two terms joined by one space
     */
    public Optional<String> example(String term) {
        Objects.requireNonNull(term, "term");
        String best = null;
        for (int i = 0; i < comments.size(); i++) {
            if (terms.get(i).contains(term)
                    && (best == null || comments.get(i).length() < best.length())) {
                best = comments.get(i);
            }
        }
        return Optional.ofNullable(best);
    }
}
