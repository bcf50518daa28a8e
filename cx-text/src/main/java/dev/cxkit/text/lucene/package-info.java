/**
 * Language-aware tokenization of survey comments with Apache Lucene's analyzers
 * ({@link dev.cxkit.text.lucene.CommentAnalyzer}), and AFINN-style lexicon files for
 * {@link dev.cxkit.text.LexiconScorer} ({@link dev.cxkit.text.lucene.Lexicons}).
 *
 * <p>Nothing in this package is null unless it says {@code Optional}.
 */
package dev.cxkit.text.lucene;
