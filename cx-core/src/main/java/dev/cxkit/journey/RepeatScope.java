package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Journey;

import java.util.Objects;

/**
 * The catalogue and repeat-contact rule a journey-level accumulator works under; two
 * accumulators merge only under the same scope.
 */
record RepeatScope(TouchpointCatalogue catalogue, RepeatContact repeatContact) {

    RepeatScope {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(repeatContact, "repeatContact");
    }

    /** Rejects, naming the first unknown id, a journey with a touchpoint not in the catalogue. */
    void requireKnownTouchpoints(Journey journey) {
        journey.interactions()
                .forEach(interaction ->
                        catalogue.require(interaction.touchpointId(), "interaction touchpointId"));
        journey.responses()
                .forEach(response -> response.touchpointId()
                        .ifPresent(id -> catalogue.require(id, "response touchpointId")));
    }

    /** Rejects merging {@code what} collected under another scope. */
    void requireSame(RepeatScope other, String what) {
        checkArgument(
                equals(other),
                "merged %s must share catalogue %s and %s, had %s and %s",
                what,
                catalogue,
                repeatContact,
                other.catalogue,
                other.repeatContact);
    }
}
