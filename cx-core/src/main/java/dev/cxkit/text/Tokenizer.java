package dev.cxkit.text;

import java.util.List;

/**
 * Turns a comment into its terms, in text order.
 *
 * <p>An implementation decides segmentation, case folding, stop words and stemming; the
 * {@code cx-text} module's Lucene analyzers are the library's implementations. Implementations
 * are expected to be thread-safe and to return an empty list for text without words.
 */
@FunctionalInterface
public interface Tokenizer {

    /**
     * {@return the terms of {@code text}, in order}
     *
     * @param text the comment's text
     * @throws NullPointerException when {@code text} is null
     */
    List<String> tokens(String text);
}
