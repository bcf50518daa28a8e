package dev.cxkit.benchmarks;

import java.util.Objects;

/** The once-per-trial check that cxkit and a peer computed the same numbers. */
final class Agreement {

    private Agreement() {}

    /**
     * Returns {@code peer} when it equals {@code cxkit}.
     *
     * @throws IllegalStateException naming {@code what} and both results otherwise, which
     *     fails the benchmark trial
     */
    static <T> T requireSame(String what, T cxkit, T peer) {
        if (!Objects.equals(cxkit, peer)) {
            throw new IllegalStateException(what + " disagrees with cxkit: cxkit computed "
                    + abbreviate(cxkit) + ", the peer " + abbreviate(peer));
        }
        return peer;
    }

    private static String abbreviate(Object result) {
        String text = String.valueOf(result);
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
