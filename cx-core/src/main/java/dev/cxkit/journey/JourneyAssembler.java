package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.SurveyResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Assembles {@link Journey}s, one per customer (or one per episode), from unordered
 * interactions and survey responses.
 *
 * <p>Events are grouped by customer and put in time order; events at the same instant keep
 * the order in which they arrived (the sort is stable). Optionally:
 *
 * <ul>
 *   <li>a {@link TouchpointCatalogue}: an interaction, or a response about a touchpoint, that
 *       names a touchpoint not in it is rejected with an {@link IllegalArgumentException}
 *       naming the source, index and id, or, with {@link Builder#skipUnknownTouchpoints()},
 *       left out and reported in {@link Assembly#skipped()};
 *   <li>a source declared ordered ({@link Builder#interactionsOrdered()},
 *       {@link Builder#responsesOrdered()}): an event earlier than the one before it in that
 *       source is rejected with an {@link IllegalArgumentException} naming the index, since
 *       the caller's promise is broken and the data likely mis-sorted or mis-joined;
 *   <li>an inactivity gap ({@link Builder#episodeGap(Duration)}): a customer's events are
 *       split into episodes wherever two consecutive events (interactions and responses
 *       together, in time order) are more than the gap apart; each episode is one journey.
 * </ul>
 *
 * <p>Memory is proportional to the number of events. Immutable and thread-safe; each call of
 * {@link #assemble(Iterable, Iterable)} reads its sources once.
 */
public final class JourneyAssembler {

    private final Optional<TouchpointCatalogue> catalogue;
    private final boolean skipUnknown;
    private final boolean interactionsOrdered;
    private final boolean responsesOrdered;
    private final Optional<Duration> episodeGap;

    private JourneyAssembler(Builder builder) {
        this.catalogue = builder.catalogue;
        this.skipUnknown = builder.skipUnknown;
        this.interactionsOrdered = builder.interactionsOrdered;
        this.responsesOrdered = builder.responsesOrdered;
        this.episodeGap = builder.episodeGap;
    }

    /** {@return an assembler with no catalogue, unordered sources and no episode split} */
    public static JourneyAssembler create() {
        return builder().build();
    }

    /** {@return a builder starting from {@link #create()}'s settings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assembles the journeys of every customer with at least one event.
     *
     * @param interactions the interactions, of any customers
     * @param responses the survey responses, of any customers
     * @return the journeys and the events left out
     * @throws IllegalArgumentException on an unknown touchpoint (unless skipped) or an event
     *     out of time order in a source declared ordered
     */
    public Assembly assemble(
            Iterable<Interaction> interactions, Iterable<SurveyResponse> responses) {
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(responses, "responses");
        List<SkippedEvent> skipped = new ArrayList<>();
        Map<String, List<Interaction>> interactionsByCustomer = group(
                "interactions",
                interactions,
                interactionsOrdered,
                Interaction::customerId,
                Interaction::time,
                interaction -> Optional.of(interaction.touchpointId()),
                skipped);
        Map<String, List<SurveyResponse>> responsesByCustomer = group(
                "responses",
                responses,
                responsesOrdered,
                SurveyResponse::customerId,
                SurveyResponse::time,
                SurveyResponse::touchpointId,
                skipped);
        SortedSet<String> customers = new TreeSet<>(interactionsByCustomer.keySet());
        customers.addAll(responsesByCustomer.keySet());
        List<Journey> journeys = new ArrayList<>();
        for (String customerId : customers) {
            Journey journey = new Journey(
                    customerId,
                    sortedByTime(interactionsByCustomer.get(customerId), Interaction::time),
                    sortedByTime(responsesByCustomer.get(customerId), SurveyResponse::time));
            if (episodeGap.isPresent()) {
                journeys.addAll(Episodes.split(journey, episodeGap.get()));
            } else {
                journeys.add(journey);
            }
        }
        return new Assembly(journeys, skipped);
    }

    private <T> Map<String, List<T>> group(
            String source,
            Iterable<T> events,
            boolean ordered,
            Function<T, String> customer,
            Function<T, Instant> time,
            Function<T, Optional<String>> touchpoint,
            List<SkippedEvent> skipped) {
        Map<String, List<T>> byCustomer = new HashMap<>();
        Instant previous = Instant.MIN;
        long index = 0;
        for (T event : events) {
            Objects.requireNonNull(event, source + "[" + index + "]");
            Instant at = time.apply(event);
            if (ordered && at.isBefore(previous)) {
                throw new IllegalArgumentException(source + "[" + index + "].time must be >= "
                        + previous + " (the source was declared ordered), was " + at);
            }
            previous = at;
            Optional<String> unknown = touchpoint
                    .apply(event)
                    .filter(id -> catalogue.isPresent() && !catalogue.get().contains(id));
            if (unknown.isEmpty()) {
                byCustomer
                        .computeIfAbsent(customer.apply(event), id -> new ArrayList<>())
                        .add(event);
            } else if (skipUnknown) {
                skipped.add(new SkippedEvent(
                        source, index, "unknown touchpoint '" + unknown.get() + "'"));
            } else {
                throw new IllegalArgumentException(source + "[" + index + "].touchpointId must "
                        + "name a touchpoint of the catalogue, was '" + unknown.get() + "'");
            }
            index++;
        }
        return byCustomer;
    }

    private static <T> List<T> sortedByTime(List<T> events, Function<T, Instant> time) {
        if (events == null) {
            return List.of();
        }
        events.sort(Comparator.comparing(time));
        return events;
    }

    /**
     * An event left out of the journeys, with the name of its source ({@code "interactions"}
     * or {@code "responses"}), its 0-based index in that source and the reason.
     *
     * @param source the source's name
     * @param index the event's 0-based index in its source
     * @param reason why it was left out
     */
    public record SkippedEvent(String source, long index, String reason) {

        /**
         * Checks the components.
         *
         * @param source the source's name
         * @param index the event's 0-based index in its source
         * @param reason why it was left out
         * @throws IllegalArgumentException when {@code index < 0}
         */
        public SkippedEvent {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            checkArgument(index >= 0, "index must be >= 0, was %s", index);
        }
    }

    /**
     * The assembled journeys, ordered by customer id and, within a customer, by time, and the
     * events that were skipped.
     *
     * @param journeys the journeys
     * @param skipped the events left out, in source order; empty unless unknown touchpoints
     *     are skipped
     */
    public record Assembly(List<Journey> journeys, List<SkippedEvent> skipped) {

        /**
         * Copies the lists.
         *
         * @param journeys the journeys
         * @param skipped the events left out, in source order; empty unless unknown touchpoints are
         *     skipped
         */
        public Assembly {
            journeys = List.copyOf(journeys);
            skipped = List.copyOf(skipped);
        }
    }

    /** Settings of a {@link JourneyAssembler}. Not thread-safe. */
    public static final class Builder {
        private Optional<TouchpointCatalogue> catalogue = Optional.empty();
        private boolean skipUnknown;
        private boolean interactionsOrdered;
        private boolean responsesOrdered;
        private Optional<Duration> episodeGap = Optional.empty();

        private Builder() {}

        /**
         * Checks every event's touchpoint against {@code catalogue}.
         *
         * @param catalogue the touchpoints events may name
         * @return this builder
         */
        public Builder catalogue(TouchpointCatalogue catalogue) {
            this.catalogue = Optional.of(Objects.requireNonNull(catalogue, "catalogue"));
            return this;
        }

        /**
         * Leaves out events whose touchpoint is not in the catalogue and reports each in
         * {@link Assembly#skipped()}, instead of throwing.
         *
         * @return this builder
         */
        public Builder skipUnknownTouchpoints() {
            this.skipUnknown = true;
            return this;
        }

        /**
         * Declares that interactions arrive in non-decreasing time order; checked.
         *
         * @return this builder
         */
        public Builder interactionsOrdered() {
            this.interactionsOrdered = true;
            return this;
        }

        /**
         * Declares that responses arrive in non-decreasing time order; checked.
         *
         * @return this builder
         */
        public Builder responsesOrdered() {
            this.responsesOrdered = true;
            return this;
        }

        /**
         * Splits each customer's events into episodes separated by more than {@code gap} of
         * inactivity.
         *
         * @param gap the longest inactivity within one episode, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException when {@code gap} is negative or zero
         */
        public Builder episodeGap(Duration gap) {
            Objects.requireNonNull(gap, "gap");
            checkArgument(
                    !gap.isNegative() && !gap.isZero(), "episode gap must be > 0, was %s", gap);
            this.episodeGap = Optional.of(gap);
            return this;
        }

        /**
         * {@return the assembler}
         *
         * @throws IllegalStateException when unknown touchpoints are to be skipped but there is
         *     no catalogue to know them by
         */
        public JourneyAssembler build() {
            if (skipUnknown && catalogue.isEmpty()) {
                throw new IllegalStateException(
                        "skipUnknownTouchpoints needs a catalogue of known touchpoints");
            }
            return new JourneyAssembler(this);
        }
    }
}
