package dev.cxkit.cli.command;

import dev.cxkit.model.SurveyResponse;
import dev.cxkit.text.DistinctiveTerms;
import dev.cxkit.text.ExampleComments;
import dev.cxkit.text.SentimentAccumulator;
import dev.cxkit.text.SentimentScorer;
import dev.cxkit.text.SentimentSummary;
import dev.cxkit.text.TermContrast;
import dev.cxkit.text.TermCountAccumulator;
import dev.cxkit.text.TermCounts;
import dev.cxkit.text.lucene.CommentAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One pass over commented responses for {@code cx comments} and the report: per group, the term
 * counts, a bounded sample of example comments and (with a scorer) the sentiment of each side;
 * then the distinctive terms of the two sides. Memory is bounded by the groups.
 */
final class CommentAnalysis {

    /** Example comments kept per side of a group. */
    static final int EXAMPLES_KEPT = 2000;

    private final CommentAnalyzer analyzer;
    private final CommentSides sides;
    private final int vocabularyBound;
    private final Optional<SentimentScorer> scorer;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private long uncommented;
    private long outside;

    CommentAnalysis(
            CommentAnalyzer analyzer,
            CommentSides sides,
            int vocabularyBound,
            Optional<SentimentScorer> scorer) {
        this.analyzer = analyzer;
        this.sides = sides;
        this.vocabularyBound = vocabularyBound;
        this.scorer = scorer;
    }

    /** The counts and samples of one side of one group. */
    private final class Side {
        final TermCountAccumulator counts =
                TermCountAccumulator.create(analyzer.id(), vocabularyBound, 2);
        final ExampleComments examples = ExampleComments.create(EXAMPLES_KEPT);
        final SentimentAccumulator sentiment = SentimentAccumulator.create();
    }

    private final class Group {
        final Side[] sides = {new Side(), new Side()};
    }

    /** Adds {@code response} to group {@code group} when it has a comment on one of the sides. */
    void add(String group, SurveyResponse response) {
        Optional<String> comment = response.comment().filter(text -> !text.isBlank());
        if (comment.isEmpty()) {
            uncommented++;
            return;
        }
        int side = sides.sideOf(response.score());
        if (side < 0) {
            outside++;
            return;
        }
        String text = comment.get().strip();
        List<String> tokens = analyzer.tokens(text);
        Side target = groups.computeIfAbsent(group, g -> new Group()).sides[side];
        target.counts.add(tokens);
        target.examples.add(text, tokens);
        scorer.ifPresent(s -> target.sentiment.add(s.score(text)));
    }

    long uncommented() {
        return uncommented;
    }

    long outside() {
        return outside;
    }

    /** A term typical of one side, with its counts on both sides and an example comment. */
    record Term(
            String term, double z, double logOdds, long count, long otherCount, String example) {}

    /** The result for one group. */
    record Result(
            String group,
            long firstComments,
            long secondComments,
            List<Term> first,
            List<Term> second,
            Optional<SentimentSummary> firstSentiment,
            Optional<SentimentSummary> secondSentiment) {}

    /** Per group, in first-seen order, the {@code top} terms of each side. */
    List<Result> results(int top) {
        List<Result> results = new ArrayList<>();
        groups.forEach((name, group) -> {
            TermCounts first = group.sides[0].counts.snapshot();
            TermCounts second = group.sides[1].counts.snapshot();
            List<Term> firstTerms = List.of();
            List<Term> secondTerms = List.of();
            if (first.n() + second.n() > 0) {
                DistinctiveTerms terms = DistinctiveTerms.compare(first, second);
                firstTerms = terms(
                        terms.topFirst(top),
                        group.sides[0],
                        c -> c.firstCount(),
                        c -> c.secondCount(),
                        1);
                secondTerms = terms(
                        terms.topSecond(top),
                        group.sides[1],
                        c -> c.secondCount(),
                        c -> c.firstCount(),
                        -1);
            }
            results.add(new Result(
                    name,
                    first.comments(),
                    second.comments(),
                    firstTerms,
                    secondTerms,
                    sentiment(group.sides[0]),
                    sentiment(group.sides[1])));
        });
        return results;
    }

    private Optional<SentimentSummary> sentiment(Side side) {
        return scorer.map(s -> side.sentiment.snapshot());
    }

    private static List<Term> terms(
            List<TermContrast> contrasts,
            Side side,
            Function<TermContrast, Long> count,
            Function<TermContrast, Long> other,
            int sign) {
        return contrasts.stream()
                .map(c -> new Term(
                        c.term(),
                        sign * c.z(),
                        sign * c.logOdds(),
                        count.apply(c),
                        other.apply(c),
                        side.examples.example(c.term()).orElse("")))
                .toList();
    }

    /** {@code comment} on one line, cut to {@code width} characters with an ellipsis. */
    static String oneLine(String comment, int width) {
        String line = comment.replaceAll("\\s+", " ").strip();
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }
}
