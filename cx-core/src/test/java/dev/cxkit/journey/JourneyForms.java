package dev.cxkit.journey;

import dev.cxkit.model.Touchpoint;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What the tests of the journey accumulators' binary forms share. */
final class JourneyForms {

    /** Repeats at the same touchpoint within a day. */
    static final RepeatContact DAY = RepeatContact.within(Duration.ofHours(24));

    private JourneyForms() {}

    /**
     * Where the per-touchpoint body of a friction or service form over {@code catalogue} starts:
     * after the header (magic, version) and the scope (window, scope byte, touchpoint count and
     * three texts per touchpoint).
     */
    static int bodyOffset(TouchpointCatalogue catalogue) {
        int offset = 4 + 1 + 8 + 4 + 1 + 4;
        for (Touchpoint touchpoint : catalogue.touchpoints()) {
            offset += text(touchpoint.id())
                    + text(touchpoint.channel().name())
                    + text(touchpoint.stage().name());
        }
        return offset;
    }

    private static int text(String value) {
        return 2 + value.getBytes(StandardCharsets.UTF_8).length;
    }
}
