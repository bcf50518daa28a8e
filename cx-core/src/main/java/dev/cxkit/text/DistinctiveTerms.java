package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The terms that distinguish two groups of comments (detractors and promoters, two touchpoints,
 * one group and the rest), by the weighted log-odds ratio with an informative Dirichlet prior
 * of Monroe, Colaresi and Quinn (2008), "Fightin' Words: Lexical Feature Selection and
 * Evaluation for Identifying the Content of Political Conflict", Political Analysis
 * 16(4):372-403, equations 16 and 18-20.
 *
 * <p>For a term {@code w} with counts {@code y_i}, {@code y_j} in groups {@code i} (first) and
 * {@code j} (second) of {@code n_i}, {@code n_j} term occurrences, and a prior pseudo-count
 * {@code alpha_w} with {@code alpha_0} the sum of all pseudo-counts:
 *
 * <pre>
 *   delta_w  = ln((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w))
 *            - ln((y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w))
 *   var_w   ~= 1 / (y_i + alpha_w) + 1 / (y_j + alpha_w)
 *   z_w      = delta_w / sqrt(var_w)
 * </pre>
 *
 * The informative prior is {@code alpha_w = alpha_0 * b_w / n_b} for a background corpus with
 * counts {@code b_w} of {@code n_b} occurrences ({@link #compare(TermCounts, TermCounts, TermCounts,
 * double, long)}); by default ({@link #compare(TermCounts, TermCounts)}) the background is the
 * two groups pooled and {@code alpha_0} their pooled size, so the prior weighs as much as the
 * data and shrinks rare terms toward no difference. Only terms with a positive background count
 * are scored.
 *
 * <p>Counts are taken as reported by {@link TermCounts}: exact when both are exact, otherwise
 * estimates within their {@link TermCounts#maxError()}. Immutable and thread-safe.
 */
public final class DistinctiveTerms {

    private final TermCounts first;
    private final TermCounts second;
    private final double alpha0;
    private final List<TermContrast> contrasts;

    private DistinctiveTerms(
            TermCounts first, TermCounts second, double alpha0, List<TermContrast> contrasts) {
        this.first = first;
        this.second = second;
        this.alpha0 = alpha0;
        this.contrasts = contrasts;
    }

    /**
     * Compares {@code first} with {@code second} with the pooled counts as prior
     * ({@code alpha_0} = the pooled number of term occurrences), scoring every term seen at
     * least twice in the two groups together.
     *
     * @param first the term counts of the first group
     * @param second the term counts of the second group
     * @return the comparison, every scored term with its z-score
     * @throws IllegalArgumentException when the counts come from different analyzers, or both
     *     are empty
     */
    public static DistinctiveTerms compare(TermCounts first, TermCounts second) {
        TermCounts pooled = union(List.of(first, second));
        checkArgument(pooled.n() != 0, "the two groups hold no terms to compare");
        return compare(first, second, pooled, pooled.n(), 2);
    }

    /**
     * Compares {@code group} with the union of {@code others} ("one group versus the rest"),
     * as {@link #compare(TermCounts, TermCounts)}.
     *
     * @param group the term counts of the group
     * @param others the term counts of every other group
     * @return the comparison, every scored term with its z-score
     */
    public static DistinctiveTerms versusRest(TermCounts group, Collection<TermCounts> others) {
        Objects.requireNonNull(group, "group");
        checkArgument(
                !Objects.requireNonNull(others, "others").isEmpty(),
                "others must name at least one group to compare against");
        return compare(group, union(others));
    }

    /**
     * Compares {@code first} with {@code second} under the informative Dirichlet prior
     * {@code alpha_w = alpha0 * b_w / n_b} of {@code background}.
     *
     * @param alpha0 the prior's total pseudo-count, finite and &gt; 0
     * @param minCount the least pooled count {@code y_i + y_j} of a scored term, &gt;= 1
     * @param first the term counts of the first group
     * @param second the term counts of the second group
     * @param background the term counts of the background that gives the prior
     * @return the comparison, every scored term with its z-score
     * @throws IllegalArgumentException when the counts come from different analyzers, the
     *     background is empty, or a parameter is out of range
     */
    public static DistinctiveTerms compare(
            TermCounts first,
            TermCounts second,
            TermCounts background,
            double alpha0,
            long minCount) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(background, "background");
        requireSameAnalyzer(first, second);
        requireSameAnalyzer(first, background);
        checkArgument(
                alpha0 > 0 && !Double.isInfinite(alpha0),
                "alpha0 must be finite and > 0, was %s",
                alpha0);
        checkArgument(minCount >= 1, "minCount must be >= 1, was %s", minCount);
        checkArgument(
                background.n() != 0, "the background of the prior must hold terms, held none");
        Set<String> vocabulary = new LinkedHashSet<>();
        first.terms().forEach(t -> vocabulary.add(t.term()));
        second.terms().forEach(t -> vocabulary.add(t.term()));
        double ni = first.n();
        double nj = second.n();
        double nb = background.n();
        List<TermContrast> contrasts = new ArrayList<>();
        for (String term : vocabulary) {
            long yi = first.count(term);
            long yj = second.count(term);
            long b = background.count(term);
            if (yi + yj < minCount || b == 0) {
                continue;
            }
            double alpha = alpha0 * b / nb;
            double delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
                    - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
            double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
            contrasts.add(new TermContrast(
                    term, yi, yj, alpha, delta, variance, delta / Math.sqrt(variance)));
        }
        contrasts.sort(Comparator.comparingDouble(TermContrast::z)
                .reversed()
                .thenComparing(TermContrast::term));
        return new DistinctiveTerms(first, second, alpha0, List.copyOf(contrasts));
    }

    /** The counts of {@code parts} merged into one. */
    static TermCounts union(Collection<TermCounts> parts) {
        TermCounts head = parts.iterator().next();
        TermCountAccumulator accumulator = TermCountAccumulator.create(
                head.analyzer(), head.vocabularyBound(), head.maxGram());
        for (TermCounts part : parts) {
            requireSameAnalyzer(head, Objects.requireNonNull(part, "part"));
            accumulator.merge(part);
        }
        return accumulator.snapshot();
    }

    private static void requireSameAnalyzer(TermCounts a, TermCounts b) {
        checkArgument(
                a.analyzer().equals(b.analyzer()) && a.maxGram() == b.maxGram(),
                "term counts of analyzer '%s' (n-grams up to %s) cannot be compared with counts "
                        + "of '%s' (n-grams up to %s)",
                b.analyzer(),
                b.maxGram(),
                a.analyzer(),
                a.maxGram());
    }

    /** {@return the first group's counts} */
    public TermCounts first() {
        return first;
    }

    /** {@return the second group's counts} */
    public TermCounts second() {
        return second;
    }

    /** {@return the prior's total pseudo-count {@code alpha_0}} */
    public double alpha0() {
        return alpha0;
    }

    /** {@return every scored term, by z descending (most typical of the first group first)} */
    public List<TermContrast> all() {
        return contrasts;
    }

    /**
     * {@return up to {@code k} terms most typical of the first group: z &gt; 0, by z descending}
     *
     * @param k the most terms returned, {@code >= 0}
     */
    public List<TermContrast> topFirst(int k) {
        checkK(k);
        return contrasts.stream().filter(c -> c.z() > 0).limit(k).toList();
    }

    /**
     * {@return up to {@code k} terms most typical of the second group: z &lt; 0, by z ascending}
     *
     * @param k the most terms returned, {@code >= 0}
     */
    public List<TermContrast> topSecond(int k) {
        checkK(k);
        List<TermContrast> reversed = new ArrayList<>(contrasts);
        java.util.Collections.reverse(reversed);
        return reversed.stream().filter(c -> c.z() < 0).limit(k).toList();
    }

    private static void checkK(int k) {
        checkArgument(k >= 0, "k must be >= 0, was %s", k);
    }

    @Override
    public String toString() {
        return "DistinctiveTerms[" + contrasts.size() + " terms, alpha0=" + alpha0 + "]";
    }
}
