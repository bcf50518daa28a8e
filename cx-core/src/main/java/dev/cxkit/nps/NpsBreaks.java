package dev.cxkit.nps;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;

import java.util.Objects;

/**
 * How scores on a scale split into detractors, passives and promoters: detractors score
 * {@code min..detractorMax}, promoters {@code promoterMin..max}, passives the scores between
 * (possibly none).
 *
 * <p>The standard Net Promoter breaks are {@link #STANDARD}: 0..6 detract, 7..8 are passive,
 * 9..10 promote (Reichheld, "The One Number You Need to Grow", Harvard Business Review, 2003).
 * Other scales take their own breaks; the R package {@code NPS} (B. Rocks) writes them as cut
 * points {@code (min - 1, detractorMax, promoterMin - 1, max)}, so its breaks
 * {@code (0, 6, 8, 15)} on 1..15 are {@code NpsBreaks.of(Scale.of("nps15", 1, 15), 6, 9)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scale the scale the scores lie on
 * @param detractorMax the highest detractor score, on the scale and below {@code promoterMin}
 * @param promoterMin the lowest promoter score, on the scale
 */
public record NpsBreaks(Scale scale, int detractorMax, int promoterMin) {

    /** The standard breaks on the 0..10 NPS scale: detractors 0..6, promoters 9..10. */
    public static final NpsBreaks STANDARD = new NpsBreaks(Scale.NPS, 6, 9);

    /**
     * Checks that both breaks lie on the scale and that promoters start above detractors.
     *
     * @param scale the scale the scores lie on
     * @param detractorMax the highest detractor score, on the scale and below {@code promoterMin}
     * @param promoterMin the lowest promoter score, on the scale
     * @throws IllegalArgumentException when a break is off the scale or
     *     {@code promoterMin <= detractorMax}
     */
    public NpsBreaks {
        Objects.requireNonNull(scale, "scale");
        scale.check(detractorMax, "detractorMax");
        scale.check(promoterMin, "promoterMin");
        checkArgument(
                promoterMin > detractorMax,
                "promoterMin must be > detractorMax (%s), was %s",
                detractorMax,
                promoterMin);
    }

    /**
     * Breaks on {@code scale}: detractors up to {@code detractorMax}, promoters from
     * {@code promoterMin}.
     *
     * @param scale the scale the scores lie on
     * @param detractorMax the highest detractor score, on the scale and below {@code promoterMin}
     * @param promoterMin the lowest promoter score, on the scale
     * @return the breaks
     */
    public static NpsBreaks of(Scale scale, int detractorMax, int promoterMin) {
        return new NpsBreaks(scale, detractorMax, promoterMin);
    }

    /** True when some score lies strictly between the detractor and promoter scores. */
    boolean hasPassives() {
        return promoterMin - detractorMax > 1;
    }
}
