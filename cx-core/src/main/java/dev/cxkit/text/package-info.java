/**
 * Comment analytics that need no language model: term counts per group, distinctive terms by
 * weighted log-odds, and pluggable sentiment.
 *
 * <p>A {@link dev.cxkit.text.Tokenizer} turns a comment into terms (the {@code cx-text} module
 * supplies Lucene analyzers for many languages; any other tokenizer can be plugged in). A
 * {@link dev.cxkit.text.TermCountAccumulator} counts unigrams and bigrams per group (NPS group,
 * touchpoint, period...), merges like every other accumulator and has a versioned binary form;
 * its result {@link dev.cxkit.text.TermCounts} is exact up to a configured vocabulary bound and
 * becomes a frequent-items estimate with a stated error bound beyond it.
 * {@link dev.cxkit.text.DistinctiveTerms} compares two groups by the weighted log-odds ratio
 * with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008).
 * {@link dev.cxkit.text.SentimentScorer} scores a comment; {@link dev.cxkit.text.LexiconScorer}
 * does it from a user-supplied word list, and {@link dev.cxkit.text.SentimentAccumulator}
 * summarises scores per group with intervals. {@link dev.cxkit.text.FrictionText} gives the
 * terms behind each touchpoint of the journey friction ranking.
 *
 * <p>Nothing in this package is null unless it says {@code Optional}. Accumulators are mutable
 * and not thread-safe (one per thread, then merge); results and records are immutable and
 * thread-safe, and so must be every {@link dev.cxkit.text.Tokenizer} and
 * {@link dev.cxkit.text.SentimentScorer}.
 */
package dev.cxkit.text;
