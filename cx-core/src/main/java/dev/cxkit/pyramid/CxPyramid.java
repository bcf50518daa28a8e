package dev.cxkit.pyramid;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CX pyramid index: each {@link PyramidLevel} a net score from its rating questions, and
 * their weighted mean.
 *
 * <p>For one question (a {@link ScoreHistogram}) the net score is the top-box share minus the
 * bottom-box share, in points: {@code 100 (share of the k highest scores - share of the k
 * lowest)}, with {@code k = 2} by default (on a 1..5 scale: 4-5 minus 1-2, the net reading of
 * Forrester's CX Index). A level's net score is the mean of its questions' net scores, each
 * question counting once; the index is {@code sum_l w_l net_l} with {@link PyramidWeights}
 * (equal by default). Every value lies in -100..100. Questions may use different scales.
 *
 * <p>Every level needs at least one question and every question at least one response: an
 * empty level or question is rejected when the pyramid is built, naming it. Immutable value
 * object; thread-safe.
 */
public final class CxPyramid {

    private final Map<PyramidLevel, List<ScoreHistogram>> questions;
    private final int boxSize;
    private final PyramidWeights weights;

    private CxPyramid(
            Map<PyramidLevel, List<ScoreHistogram>> questions,
            int boxSize,
            PyramidWeights weights) {
        this.questions = questions;
        this.boxSize = boxSize;
        this.weights = weights;
    }

    /** {@return a builder with equal weights and two-point boxes} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the net score of {@code level}, in points (-100..100)}
     *
     * @param level the pyramid level
     */
    public double net(PyramidLevel level) {
        List<ScoreHistogram> histograms = questions.get(Objects.requireNonNull(level, "level"));
        double sum = 0;
        for (ScoreHistogram histogram : histograms) {
            sum += netOf(histogram);
        }
        return sum / histograms.size();
    }

    /**
     * Responses behind {@code level}'s net score, over all its questions.
     *
     * @param level the pyramid level
     * @return the number of responses
     */
    public long n(PyramidLevel level) {
        return questions.get(Objects.requireNonNull(level, "level")).stream()
                .mapToLong(ScoreHistogram::n)
                .sum();
    }

    /** {@return the weighted mean of the level net scores, in points (-100..100)} */
    public double index() {
        double index = 0;
        for (PyramidLevel level : PyramidLevel.values()) {
            index += weights.weight(level) * net(level);
        }
        return index;
    }

    /** {@return the level weights} */
    public PyramidWeights weights() {
        return weights;
    }

    /**
     * Points in the top and in the bottom box.
     *
     * @return the box size, in scale points
     */
    public int boxSize() {
        return boxSize;
    }

    private double netOf(ScoreHistogram histogram) {
        Scale scale = histogram.scale();
        double top = histogram.shareBetween(scale.max() - boxSize + 1, scale.max());
        double bottom = histogram.shareBetween(scale.min(), scale.min() + boxSize - 1);
        return 100 * (top - bottom);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CxPyramid pyramid
                && questions.equals(pyramid.questions)
                && boxSize == pyramid.boxSize
                && weights.equals(pyramid.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questions, boxSize, weights);
    }

    @Override
    public String toString() {
        return "CxPyramid{index=" + index() + ", weights=" + weights.weights() + "}";
    }

    /** Settings and questions of a {@link CxPyramid}. Not thread-safe. */
    public static final class Builder {
        private final Map<PyramidLevel, List<ScoreHistogram>> questions =
                new EnumMap<>(PyramidLevel.class);
        private int boxSize = 2;
        private PyramidWeights weights = PyramidWeights.equal();

        private Builder() {
            for (PyramidLevel level : PyramidLevel.values()) {
                questions.put(level, new ArrayList<>());
            }
        }

        /**
         * Adds a rating question of {@code level}, given as its score histogram.
         *
         * @param level the pyramid level the question measures
         * @param histogram the question's score histogram
         * @return this builder
         */
        public Builder question(PyramidLevel level, ScoreHistogram histogram) {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(histogram, "histogram");
            questions.get(level).add(histogram);
            return this;
        }

        /**
         * Points in each of the top and bottom boxes, {@code >= 1}; 2 by default.
         *
         * @param points points in each of the top and bottom boxes, {@code >= 1}; 2 by default
         * @return this builder
         */
        public Builder boxSize(int points) {
            checkArgument(points >= 1, "boxSize must be >= 1, was %s", points);
            this.boxSize = points;
            return this;
        }

        /**
         * The level weights; {@link PyramidWeights#equal()} by default.
         *
         * @param weights the level weights; {@link PyramidWeights#equal()} by default
         * @return this builder
         */
        public Builder weights(PyramidWeights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        /**
         * {@return the pyramid}
         *
         * @throws IllegalArgumentException when a level has no question, a question no
         *     response, or a question's scale has fewer than {@code 2 boxSize} points (the
         *     boxes would overlap)
         */
        public CxPyramid build() {
            Map<PyramidLevel, List<ScoreHistogram>> copy = new EnumMap<>(PyramidLevel.class);
            questions.forEach((level, histograms) -> {
                checkArgument(
                        !histograms.isEmpty(),
                        "level %s must have at least one rating question",
                        level);
                for (int i = 0; i < histograms.size(); i++) {
                    ScoreHistogram histogram = histograms.get(i);
                    checkArgument(
                            !histogram.isEmpty(),
                            "question %s of level %s must have at least one response, had 0",
                            i,
                            level);
                    checkArgument(
                            histogram.scale().points() >= 2 * boxSize,
                            "question %s of level %s must have at least %s points for boxes of "
                                    + "%s, scale was %s",
                            i,
                            level,
                            2 * boxSize,
                            boxSize,
                            histogram.scale());
                }
                copy.put(level, List.copyOf(histograms));
            });
            return new CxPyramid(Map.copyOf(copy), boxSize, weights);
        }
    }
}
