package dev.cxkit.benchmarks;

/** The NPS category of a 0..10 score, as a hand-written peer classifies it. */
enum NpsCategory {
    DETRACTOR,
    PASSIVE,
    PROMOTER;

    static NpsCategory of(int score) {
        if (score <= 6) {
            return DETRACTOR;
        }
        return score <= 8 ? PASSIVE : PROMOTER;
    }
}
