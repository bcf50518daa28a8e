package dev.cxkit.json.deser;

import java.util.Optional;

/** Checks shared by the histogram deserializers. */
final class Histograms {

    private Histograms() {}

    /** Rejects an {@code "n"} that disagrees with the counts; {@code n} may be left out. */
    static void checkN(Fields fields, long n) {
        if (fields.has("n") && fields.count("n") != n) {
            fields.checked(Optional.of("n"), () -> {
                throw new IllegalArgumentException("must equal the sum of the counts, " + n);
            });
        }
    }
}
