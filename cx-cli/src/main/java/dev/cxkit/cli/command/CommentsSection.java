package dev.cxkit.cli.command;

import dev.cxkit.cli.output.Table;
import dev.cxkit.cli.report.HtmlReport;
import dev.cxkit.cli.report.Section;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.text.ExampleComments;
import dev.cxkit.text.FrictionText;
import dev.cxkit.text.TermContrast;
import dev.cxkit.text.lucene.CommentAnalyzer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's comment sections: what low and high scorers say (the top distinctive terms of
 * each side per scale, with counts and an example comment), and the terms behind each
 * touchpoint of the friction ranking.
 */
final class CommentsSection {

    private static final int VOCABULARY = 200_000;
    private static final int EXAMPLE_WIDTH = 90;

    private CommentsSection() {}

    /** Adds the "comments" section when any response has a comment; {@code top} terms a side. */
    static void add(
            HtmlReport page, List<SurveyResponse> responses, CommentAnalyzer analyzer, int top) {
        Map<Scale, CommentAnalysis> analyses = new LinkedHashMap<>();
        Map<Scale, CommentSides> sides = new LinkedHashMap<>();
        for (SurveyResponse response : responses) {
            if (response.comment().filter(c -> !c.isBlank()).isEmpty()) {
                continue;
            }
            CommentSides pair = sides.computeIfAbsent(
                    response.scale(), scale -> CommentSides.parse("low:high", scale));
            analyses.computeIfAbsent(
                            response.scale(),
                            scale -> new CommentAnalysis(
                                    analyzer, pair, VOCABULARY, Optional.empty()))
                    .add("all", response);
        }
        Table table = Table.of("comments", "What customers say")
                .text("scale", "scale")
                .text("side", "side")
                .text("term", "term")
                .number("z", "z", 1)
                .count("count", "count")
                .count("otherCount", "other side")
                .text("example", "example comment");
        analyses.forEach((scale, analysis) -> {
            CommentSides pair = sides.get(scale);
            for (CommentAnalysis.Result result : analysis.results(top)) {
                String low = pair.first().label() + ", " + result.firstComments() + " comments";
                String high = pair.secondLabel() + ", " + result.secondComments() + " comments";
                result.first()
                        .forEach(term -> table.row(
                                scale.name(),
                                low,
                                term.term(),
                                term.z(),
                                term.count(),
                                term.otherCount(),
                                CommentAnalysis.oneLine(term.example(), EXAMPLE_WIDTH)));
                result.second()
                        .forEach(term -> table.row(
                                scale.name(),
                                high,
                                term.term(),
                                term.z(),
                                term.count(),
                                term.otherCount(),
                                CommentAnalysis.oneLine(term.example(), EXAMPLE_WIDTH)));
            }
        });
        if (table.records().isEmpty()) {
            return;
        }
        page.section(Section.of("comments", "What customers say")
                .note(
                        "The terms most typical of low and of high scores (low: NPS detractors or the "
                                + "bottom two points of a scale; high: promoters or the top two), by the "
                                + "z-score of the weighted log-odds ratio with an informative Dirichlet "
                                + "prior (Monroe, Colaresi and Quinn 2008); language "
                                + analyzer.language()
                                + ". Counts are term occurrences on each side.")
                .table("", table.text()));
    }

    /**
     * Adds the "friction-text" section: for the first {@code touchpoints} touchpoints of the
     * friction ranking, the {@code top} terms of their low-score comments against all others.
     */
    static void addFriction(
            HtmlReport page,
            FrictionReport friction,
            List<SurveyResponse> responses,
            CommentAnalyzer analyzer,
            int touchpoints,
            int top) {
        FrictionText text = FrictionText.create(analyzer.id(), VOCABULARY, 2);
        Map<String, ExampleComments> examples = new LinkedHashMap<>();
        for (SurveyResponse response : responses) {
            Optional<String> comment = response.comment().filter(c -> !c.isBlank());
            if (comment.isEmpty()) {
                continue;
            }
            List<String> tokens = analyzer.tokens(comment.get());
            text.add(response, tokens);
            if (response.touchpointId().isPresent() && FrictionText.isLowScore(response)) {
                examples.computeIfAbsent(
                                response.touchpointId().get(),
                                id -> ExampleComments.create(CommentAnalysis.EXAMPLES_KEPT))
                        .add(comment.get().strip(), tokens);
            }
        }
        Table table = Table.of("frictionText", "Touchpoint friction in comments")
                .text("touchpoint", "touchpoint")
                .number("friction", "friction score", 2)
                .count("lowComments", "low-score comments")
                .text("term", "term")
                .number("z", "z", 1)
                .count("count", "count")
                .text("example", "example comment");
        List<FrictionText.TouchpointTerms> ranked = text.rank(friction.ranking());
        for (FrictionText.TouchpointTerms touchpoint :
                ranked.subList(0, Math.min(touchpoints, ranked.size()))) {
            String id = touchpoint.touchpoint().touchpoint().id();
            for (TermContrast term : touchpoint.terms().topFirst(top)) {
                table.row(
                        id,
                        touchpoint.touchpoint().score(),
                        touchpoint.lowComments(),
                        term.term(),
                        term.z(),
                        term.firstCount(),
                        CommentAnalysis.oneLine(
                                examples.get(id).example(term.term()).orElse(""), EXAMPLE_WIDTH));
            }
        }
        if (table.records().isEmpty()) {
            return;
        }
        page.section(Section.of("friction-text", "Touchpoint friction in comments")
                .note("For the touchpoints ranked highest for friction, the terms most typical of "
                        + "their low-score comments against every other comment (weighted "
                        + "log-odds z, Monroe, Colaresi and Quinn 2008).")
                .table("", table.text()));
    }
}
