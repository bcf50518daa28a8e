package dev.cxkit.journey;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A small hand-made world for journey tests: three stages, four touchpoints. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static final Stage PRE = Stage.of("pre-purchase");
    static final Stage PURCHASE = Stage.of("purchase");
    static final Stage POST = Stage.of("post-purchase");

    /** ad (pre-purchase), shop (purchase, web), hotline (post, phone), chat (post, chat). */
    static final TouchpointCatalogue CATALOGUE = TouchpointCatalogue.of(
            StageModel.DEFAULT,
            List.of(
                    Touchpoint.of("ad", Channel.ADVERTISING, PRE),
                    Touchpoint.of("shop", Channel.WEB, PURCHASE),
                    Touchpoint.of("hotline", Channel.PHONE, POST),
                    Touchpoint.of("chat", Channel.CHAT, POST)));

    private Fixtures() {}

    static Instant hours(double hours) {
        return T0.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    static Interaction at(String customer, String touchpoint, double hours) {
        return Interaction.of(customer, touchpoint, hours(hours));
    }

    static Interaction at(
            String customer, String touchpoint, double hours, Outcome outcome, boolean resolved) {
        return at(customer, touchpoint, hours).withOutcome(outcome, resolved);
    }
}
