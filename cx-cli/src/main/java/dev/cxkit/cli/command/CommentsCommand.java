package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.GroupingOptions;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.TimeFormat;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.text.LexiconScorer;
import dev.cxkit.text.SentimentScorer;
import dev.cxkit.text.SentimentSummary;
import dev.cxkit.text.TermCountAccumulator;
import dev.cxkit.text.lucene.CommentAnalyzer;
import dev.cxkit.text.lucene.Lexicons;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code cx comments}: what the customers on one side of the scale say that those on the other
 * side do not, per group: the distinctive terms of the two sides by weighted log-odds with an
 * informative Dirichlet prior, with counts and an example comment, and with {@code --lexicon}
 * the sentiment of each side with its interval.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "comments",
        mixinStandardHelpOptions = true,
        description = {
            "Distinctive terms of comments: what detractors say that promoters do not "
                    + "(or any two sides of the scale, or one side and the rest), overall or per "
                    + "group, by weighted log-odds with an informative Dirichlet prior (Monroe, "
                    + "Colaresi and Quinn 2008), with counts and an example comment.",
            "Comments are split by Apache Lucene's analyzer for --language: stop words and "
                    + "light stemming for en, pt, es, fr, it, de, ru, fa, ar, hy; plain "
                    + "Unicode words for any other language. Terms are words and pairs of "
                    + "adjacent words."
        })
public final class CommentsCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private OutputOptions output;

    @Mixin
    private GroupingOptions grouping;

    @Parameters(
            paramLabel = "RESPONSES",
            arity = "1..*",
            description = "Survey response files with a comment field.")
    private List<Path> files;

    @Option(
            names = "--compare",
            defaultValue = "low:high",
            paramLabel = "A:B",
            description = "The two sides: detractors, passives, promoters, low, middle, high "
                    + "or scores such as 1-2; B may be rest (default ${DEFAULT-VALUE}).")
    private String compare;

    @Option(
            names = "--language",
            defaultValue = CommentAnalyzer.PLAIN,
            paramLabel = "CODE",
            description = "ISO 639-1 language of the comments, e.g. pt, en, fa, hy, ka "
                    + "(default ${DEFAULT-VALUE}: plain Unicode words, no stop words).")
    private String language;

    @Option(
            names = "--scale",
            paramLabel = "SCALE",
            description = "Scale of every score when the files have no instrument column: "
                    + "nps (0..10), csat (1..5), ces (1..7) or ces-legacy (1..5).")
    private Optional<String> scale = Optional.empty();

    @Option(
            names = "--top",
            defaultValue = "10",
            description = "Terms shown per side (default ${DEFAULT-VALUE}).")
    private int top;

    @Option(
            names = "--lexicon",
            paramLabel = "TSV",
            description = "Sentiment lexicon, AFINN-style: word TAB score per line; adds the "
                    + "sentiment of each side.")
    private Optional<Path> lexicon = Optional.empty();

    @Option(
            names = "--vocabulary",
            defaultValue = "200000",
            paramLabel = "N",
            description = "Distinct terms counted exactly per side and group; beyond, counts "
                    + "are frequent-items estimates (default ${DEFAULT-VALUE}).")
    private int vocabulary;

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level of sentiment intervals (default ${DEFAULT-VALUE}).")
    private double level;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new UsageException("--top must be >= 1, was " + top);
        }
        if (vocabulary < 1 || vocabulary > TermCountAccumulator.MAX_VOCABULARY_BOUND) {
            throw new UsageException("--vocabulary must be in 1.."
                    + TermCountAccumulator.MAX_VOCABULARY_BOUND + ", was " + vocabulary);
        }
        CommentAnalyzer analyzer;
        try {
            analyzer = CommentAnalyzer.of(language);
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--language: " + bad.getMessage());
        }
        Optional<Scale> fixedScale = scale.map(CommentsCommand::scaleNamed);
        TimeFormat times = input.timeFormat();
        Optional<SentimentScorer> scorer = lexicon.map(file -> lexiconScorer(file, analyzer));
        PrintWriter err = spec.commandLine().getErr();
        List<GroupKey> keys = grouping.keys(input, err);
        Map<Scale, CommentSides> sidesByScale = new HashMap<>();
        Map<Scale, CommentAnalysis> analyses = new LinkedHashMap<>();
        CxReader<SurveyResponse> reader = fixedScale
                .map(CxReader::surveyResponses)
                .orElseGet(CxReader::surveyResponses)
                .withTimeFormat(times);
        RecordInput records = new RecordInput(input, err).read(reader, files, response -> {
            CommentSides sides = sidesByScale.computeIfAbsent(
                    response.scale(), s -> CommentSides.parse(compare, s));
            analyses.computeIfAbsent(
                            response.scale(),
                            s -> new CommentAnalysis(analyzer, sides, vocabulary, scorer))
                    .add(group(keys, response), response);
        });
        print(analyzer, sidesByScale, analyses);
        return records.finish();
    }

    private static String group(List<GroupKey> keys, SurveyResponse response) {
        if (keys.isEmpty()) {
            return "all";
        }
        return keys.stream()
                .map(key -> key.extractor().apply(response))
                .collect(Collectors.joining(" / "));
    }

    private void print(
            CommentAnalyzer analyzer,
            Map<Scale, CommentSides> sidesByScale,
            Map<Scale, CommentAnalysis> analyses) {
        String language = analyzer.language()
                + (analyzer.isStemmed()
                        ? " (stop words and light stemming)"
                        : " (plain Unicode words)");
        Table terms = Table.of(
                        "terms",
                        "Distinctive terms, " + compare + ", language " + language
                                + ": weighted log-odds z of each side against the other")
                .text("group", "group")
                .text("scale", "scale")
                .text("side", "side")
                .text("term", "term")
                .number("z", "z", 2)
                .number("logOdds", "log-odds", 3)
                .count("count", "count")
                .count("otherCount", "other side")
                .column(
                        "example",
                        List.of("example"),
                        values -> values[0] == null
                                ? "-"
                                : CommentAnalysis.oneLine((String) values[0], 70));
        Table sides = Table.of("sides", "Comments per side")
                .text("group", "group")
                .text("scale", "scale")
                .text("side", "side")
                .text("scores", "scores")
                .count("comments", "comments");
        if (lexicon.isPresent()) {
            sides.number("sentimentMean", "sentiment", 2)
                    .interval(
                            "sentiment",
                            Numbers.percent(level) + " interval",
                            value -> Numbers.fixed(value, 2))
                    .percent("positiveShare", "positive")
                    .percent("negativeShare", "negative")
                    .count("scored", "scored");
        }
        long skipped = 0;
        for (Map.Entry<Scale, CommentAnalysis> entry : analyses.entrySet()) {
            CommentSides pair = sidesByScale.get(entry.getKey());
            String scale = entry.getKey().name();
            skipped += entry.getValue().outside();
            for (CommentAnalysis.Result result : entry.getValue().results(top)) {
                for (CommentAnalysis.Term term : result.first()) {
                    terms.row(
                            result.group(),
                            scale,
                            pair.first().name(),
                            term.term(),
                            term.z(),
                            term.logOdds(),
                            term.count(),
                            term.otherCount(),
                            term.example());
                }
                for (CommentAnalysis.Term term : result.second()) {
                    terms.row(
                            result.group(),
                            scale,
                            pair.secondName(),
                            term.term(),
                            term.z(),
                            term.logOdds(),
                            term.count(),
                            term.otherCount(),
                            term.example());
                }
                sideRow(
                        sides,
                        result.group(),
                        scale,
                        pair.first().name(),
                        pair.first().scores(),
                        result.firstComments(),
                        result.firstSentiment());
                sideRow(
                        sides,
                        result.group(),
                        scale,
                        pair.secondName(),
                        pair.secondScores(),
                        result.secondComments(),
                        result.secondSentiment());
            }
        }
        if (sides.records().isEmpty()) {
            throw new UsageException("no commented response on any compared side was read"
                    + " (check --column comment=HEADER and --compare)");
        }
        if (skipped > 0) {
            sides.note(String.format(
                    Locale.ROOT, "%,d commented responses on neither side were left out", skipped));
        }
        output.print(spec.commandLine().getOut(), List.of(terms, sides), Map.of());
    }

    private void sideRow(
            Table sides,
            String group,
            String scale,
            String side,
            String scores,
            long comments,
            Optional<SentimentSummary> sentiment) {
        List<Object> values = new ArrayList<>(List.of(group, scale, side, scores, comments));
        sentiment.ifPresent(summary -> {
            boolean enough = summary.n() >= 2;
            values.add(enough ? summary.mean() : null);
            values.add(enough ? Optional.of(summary.interval(level)) : Optional.empty());
            values.add(summary.isEmpty() ? null : summary.positive().value());
            values.add(summary.isEmpty() ? null : summary.negative().value());
            values.add(summary.n());
        });
        sides.row(values.toArray());
    }

    private static SentimentScorer lexiconScorer(Path file, CommentAnalyzer analyzer) {
        try {
            return LexiconScorer.of(Lexicons.readTsv(file), analyzer.words(), analyzer.negations());
        } catch (IOException unreadable) {
            throw new UsageException(
                    "cannot read lexicon '" + file + "': " + unreadable.getMessage());
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--lexicon: " + bad.getMessage());
        }
    }

    static Scale scaleNamed(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "nps" -> Scale.NPS;
            case "csat" -> Scale.CSAT;
            case "ces" -> Scale.CES;
            case "ces-legacy" -> Scale.CES_LEGACY;
            default ->
                throw new UsageException(
                        "--scale must be nps, csat, ces or ces-legacy, " + "was '" + name + "'");
        };
    }
}
