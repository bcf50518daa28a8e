package dev.cxkit.journey;

import java.util.Locale;

/**
 * A kind of evidence that a touchpoint causes friction, each a share of responses or
 * interactions at the touchpoint.
 *
 * <p>Immutable and thread-safe.
 */
public enum FrictionSignal {
    /** CSAT (1..5) bottom-two-box share: responses scoring 1 or 2, out of CSAT responses. */
    LOW_SATISFACTION,
    /** NPS (0..10) detractor share: responses scoring 0 to 6, out of NPS responses. */
    DETRACTION,
    /**
     * High-effort share: CES 2.0 (1..7, "made it easy") responses that disagree (1 to 3) plus
     * CES 1.0 (1..5, "how much effort") responses reporting high effort (4 or 5), out of all
     * CES responses.
     */
    HIGH_EFFORT,
    /** Abandoned interactions, out of interactions. */
    ABANDONMENT,
    /** Interactions followed by a {@link RepeatContact repeat contact}, out of interactions. */
    REPEAT_CONTACT,
    /** Escalated interactions, out of interactions. */
    ESCALATION;

    /** The signal's name in messages, for example {@code "repeat contact"}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
