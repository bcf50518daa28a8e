package dev.cxkit.benchmarks;

import dev.cxkit.text.DistinctiveTerms;
import dev.cxkit.text.TermCountAccumulator;
import dev.cxkit.text.TermCounts;
import dev.cxkit.text.lucene.CommentAnalyzer;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Comment analytics throughput, in comments per second, over {@value #COMMENTS} synthetic
 * Portuguese review comments (5 to 30 words): counting already-analyzed comments into the
 * term-count accumulator (unigrams and bigrams, exact regime) beside a plain
 * {@code HashMap<String, Long>} peer counting the same terms; Lucene analysis alone; analysis
 * and counting together; and the distinctive-terms comparison of two sides' counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CommentsBenchmark {

    static final int COMMENTS = 20_000;

    private static final String[] WORDS = {
        "não",
        "recebi",
        "o",
        "produto",
        "entrega",
        "atrasou",
        "muito",
        "prazo",
        "veio",
        "errado",
        "ótimo",
        "recomendo",
        "chegou",
        "antes",
        "do",
        "excelente",
        "qualidade",
        "loja",
        "pedido",
        "defeito",
        "troca",
        "rápida",
        "gostei",
        "embalagem",
        "cor",
        "tamanho",
        "preço",
        "atendimento",
        "vendedor",
        "nota"
    };

    private final CommentAnalyzer analyzer = CommentAnalyzer.of("pt");
    private final List<String> comments = new ArrayList<>(COMMENTS);
    private final List<List<String>> tokens = new ArrayList<>(COMMENTS);
    private TermCounts low;
    private TermCounts high;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(SyntheticSurvey.SEED);
        for (int i = 0; i < COMMENTS; i++) {
            StringBuilder comment = new StringBuilder();
            int words = random.nextInt(5, 31);
            for (int w = 0; w < words; w++) {
                // skewed word choice, and a comment-specific word now and then (long tail)
                String word = random.nextInt(8) == 0
                        ? "p" + random.nextInt(5000)
                        : WORDS[(int) Math.floor(Math.pow(WORDS.length, random.nextDouble()))];
                comment.append(w == 0 ? "" : w % 9 == 0 ? ", " : " ").append(word);
            }
            comments.add(comment.toString());
            tokens.add(analyzer.tokens(comment.toString()));
        }
        TermCountAccumulator lowSide = TermCountAccumulator.create(analyzer.id(), 200_000, 2);
        TermCountAccumulator highSide = TermCountAccumulator.create(analyzer.id(), 200_000, 2);
        for (int i = 0; i < COMMENTS; i++) {
            (i % 3 == 0 ? lowSide : highSide).add(tokens.get(i));
        }
        low = lowSide.snapshot();
        high = highSide.snapshot();
        TermCounts counted = countAnalyzed();
        Map<String, Long> peer = plainHashMap();
        if (!counted.isExact() || counted.vocabularySize() != peer.size()) {
            throw new IllegalStateException("term counts hold " + counted.vocabularySize()
                    + " terms, the HashMap peer " + peer.size());
        }
        peer.forEach((term, count) ->
                Agreement.requireSame("count of '" + term + "'", counted.count(term), count));
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public TermCounts countAnalyzed() {
        TermCountAccumulator accumulator = TermCountAccumulator.create(analyzer.id(), 200_000, 2);
        for (List<String> comment : tokens) {
            accumulator.add(comment);
        }
        return accumulator.snapshot();
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public Map<String, Long> plainHashMap() {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> comment : tokens) {
            for (int i = 0; i < comment.size(); i++) {
                counts.merge(comment.get(i), 1L, Long::sum);
                if (i > 0) {
                    counts.merge(comment.get(i - 1) + ' ' + comment.get(i), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public int analyze() {
        int terms = 0;
        for (String comment : comments) {
            terms += analyzer.tokens(comment).size();
        }
        return terms;
    }

    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public TermCounts analyzeAndCount() {
        TermCountAccumulator accumulator = TermCountAccumulator.create(analyzer.id(), 200_000, 2);
        for (String comment : comments) {
            accumulator.add(analyzer.tokens(comment));
        }
        return accumulator.snapshot();
    }

    /** One comparison of the two sides' counts (operations are comparisons, not comments). */
    @Benchmark
    public DistinctiveTerms distinctiveTerms() {
        return DistinctiveTerms.compare(low, high);
    }
}
