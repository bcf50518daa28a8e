package dev.cxkit.sample;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded synthetic customer base over a year: customers, touchpoints over the
 * {@link StageModel#DETAILED detailed stage model}, their interactions and their NPS, CSAT and
 * CES (2.0, 1..7) responses, with one planted friction touchpoint and churn that follows
 * friction. The same seed and settings always give the same data.
 *
 * <p>How the data arise (every probability is per customer or per interaction, drawn from one
 * {@link SplittableRandom} seeded by {@link Builder#seed(long)}):
 *
 * <ul>
 *   <li>Customers start their journey at a uniform time in the first half of the period
 *       ({@code acquiredAt}) and carry two attributes for grouping: {@code plan} (basic 0.5,
 *       plus 0.35, pro 0.15) and {@code region} (north, south, east, west, uniform). Each goes through the stages in order and continues from one
 *       stage to the next with probability 0.85 (awareness), 0.75 (consideration), 0.95
 *       (purchase), 0.95 (onboarding), 0.60 (use, on to support) and 0.80 (support, on to
 *       renewal); stages are 1 to 14 days apart (exponential, mean 5 days). Events past the
 *       end of the period are not generated.
 *   <li>At each stage a customer has one to three interactions at touchpoints of the stage,
 *       chosen uniformly, hours apart. An ordinary interaction is abandoned with probability
 *       0.05, escalated 0.03, and unresolved 0.05. At the {@linkplain #frictionTouchpointId()
 *       friction touchpoint} the same are 0.30, 0.20 and 0.40, and an unresolved contact is
 *       repeated at the same touchpoint within two days with probability 0.7. Service
 *       touchpoints (phone, chat, chatbot, store) carry wait and handling times.
 *   <li>After an interaction the customer answers a CSAT question about it with probability
 *       0.30, a CES question (service touchpoints only) with probability 0.40 and an NPS question
 *       about it with probability 0.15. A bad interaction (abandoned, escalated or unresolved)
 *       draws from low-score distributions, a good one from high-score distributions.
 *   <li>A customer who purchased churns with probability 0.10, or 0.45 after a bad interaction
 *       at the friction touchpoint, 1 to 30 days after their last event (so no event follows
 *       churn); a churn past the end of the period is not observed.
 *   <li>From a random stream of their own (so the items above are the same for a seed as before
 *       they were added): repeat-buying transactions of the customers who purchased, and comments
 *       on about 30 % of the responses, complaints typical of the touchpoint on low scores and
 *       praise on high ones (see {@code PurchaseDraw}).
 * </ul>
 *
 * <p>Lists are in time order (ties keep generation order). Immutable and thread-safe.
 */
public final class SampleData {

    /** The id of the default friction touchpoint, the support hotline. */
    public static final String DEFAULT_FRICTION_TOUCHPOINT = "support-phone";

    private static final List<String> REGIONS = List.of("north", "south", "east", "west");
    private static final double[] CONTINUE = {0.85, 0.75, 0.95, 0.95, 0.60, 0.80};
    private static final Map<Outcome, Double> ORDINARY =
            Map.of(Outcome.ABANDONED, 0.05, Outcome.ESCALATED, 0.03);
    private static final Map<Outcome, Double> FRICTION =
            Map.of(Outcome.ABANDONED, 0.30, Outcome.ESCALATED, 0.20);
    private static final double[] CSAT_GOOD = {0.02, 0.04, 0.14, 0.40, 0.40};
    private static final double[] CSAT_BAD = {0.30, 0.30, 0.25, 0.10, 0.05};
    private static final double[] NPS_GOOD = {
        0.01, 0.01, 0.01, 0.02, 0.02, 0.03, 0.05, 0.15, 0.20, 0.25, 0.25
    };
    private static final double[] NPS_BAD = {
        0.10, 0.10, 0.12, 0.12, 0.12, 0.12, 0.10, 0.08, 0.06, 0.04, 0.04
    };
    private static final double[] CES_GOOD = {0.02, 0.03, 0.05, 0.10, 0.20, 0.30, 0.30};
    private static final double[] CES_BAD = {0.25, 0.25, 0.20, 0.12, 0.08, 0.05, 0.05};

    private final long seed;
    private final String frictionTouchpointId;
    private final List<Touchpoint> touchpoints;
    private final List<Customer> customers;
    private final List<Interaction> interactions;
    private final List<SurveyResponse> responses;
    private final List<Transaction> transactions;

    private SampleData(
            long seed,
            String frictionTouchpointId,
            List<Touchpoint> touchpoints,
            List<Customer> customers,
            List<Interaction> interactions,
            List<SurveyResponse> responses,
            List<Transaction> transactions) {
        this.seed = seed;
        this.frictionTouchpointId = frictionTouchpointId;
        this.touchpoints = touchpoints;
        this.customers = customers;
        this.interactions = interactions;
        this.responses = responses;
        this.transactions = transactions;
    }

    /** {@return a builder with the defaults: seed 1, 1,000 customers, 2025, the support hotline} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the default data set drawn with {@code seed}}
     *
     * @param seed the random seed
     */
    public static SampleData generate(long seed) {
        return builder().seed(seed).build();
    }

    /** {@return the twelve touchpoints: two per stage except use and renewal, with one each} */
    public static List<Touchpoint> defaultTouchpoints() {
        return List.of(
                touchpoint("social-ad", Channel.SOCIAL, "awareness", ContactType.INDIRECT),
                touchpoint("search-ad", Channel.ADVERTISING, "awareness", ContactType.INDIRECT),
                touchpoint("website", Channel.WEB, "consideration", ContactType.DIRECT),
                touchpoint("sales-chat", Channel.CHAT, "consideration", ContactType.DIRECT),
                touchpoint("web-checkout", Channel.WEB, "purchase", ContactType.DIRECT),
                touchpoint("store-checkout", Channel.STORE, "purchase", ContactType.DIRECT),
                touchpoint("welcome-email", Channel.EMAIL, "onboarding", ContactType.DIRECT),
                touchpoint("onboarding-app", Channel.APP, "onboarding", ContactType.DIRECT),
                touchpoint("mobile-app", Channel.APP, "use", ContactType.DIRECT),
                touchpoint("support-phone", Channel.PHONE, "support", ContactType.DIRECT),
                touchpoint("support-chatbot", Channel.CHATBOT, "support", ContactType.DIRECT),
                touchpoint("renewal-email", Channel.EMAIL, "renewal", ContactType.DIRECT));
    }

    private static Touchpoint touchpoint(
            String id, Channel channel, String stage, ContactType contact) {
        return new Touchpoint(id, id, channel, Stage.of(stage), contact);
    }

    /** {@return the seed the data were drawn with} */
    public long seed() {
        return seed;
    }

    /** {@return the stage model, {@link StageModel#DETAILED}} */
    public StageModel stageModel() {
        return StageModel.DETAILED;
    }

    /** {@return the touchpoints, {@link #defaultTouchpoints()}} */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** {@return the id of the planted friction touchpoint} */
    public String frictionTouchpointId() {
        return frictionTouchpointId;
    }

    /** {@return the customers, by id ({@code c00001}, ...)} */
    public List<Customer> customers() {
        return customers;
    }

    /** {@return every interaction, in time order} */
    public List<Interaction> interactions() {
        return interactions;
    }

    /** {@return every survey response, in time order} */
    public List<SurveyResponse> responses() {
        return responses;
    }

    /**
     * {@return the repeat-buying transactions of the customers who reached the purchase stage, in
     * time order: the first at the purchase, then BG/NBD-style repeat purchases until the customer
     * drops out, churns or the period ends (see {@code PurchaseDraw})}
     */
    public List<Transaction> transactions() {
        return transactions;
    }

    /**
     * One purchase.
     *
     * @param customerId the buyer
     * @param time when it was made
     * @param amount what was paid, in currency units, {@code > 0}, rounded to cents
     */
    public record Transaction(String customerId, Instant time, double amount) {

        /**
         * Rejects nulls and amounts that are not positive and finite.
         *
         * @param customerId the buyer
         * @param time when it was made
         * @param amount what was paid, in currency units, {@code > 0}, rounded to cents
         * @throws IllegalArgumentException when the amount is not a finite number above 0
         */
        public Transaction {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(time, "time");
            checkArgument(
                    amount > 0 && !Double.isInfinite(amount),
                    "amount must be a finite number > 0, was %s",
                    amount);
        }
    }

    /** Settings of a {@link SampleData} draw. Not thread-safe. */
    public static final class Builder {
        private long seed = 1;
        private int customers = 1_000;
        private Instant start = Instant.parse("2025-01-01T00:00:00Z");
        private Duration period = Duration.ofDays(365);
        private String frictionTouchpointId = DEFAULT_FRICTION_TOUCHPOINT;

        private Builder() {}

        /**
         * The random seed.
         *
         * @param seed the random seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Number of customers, {@code 1..10,000,000}.
         *
         * @param customers number of customers, {@code 1..10,000,000}
         * @return this builder
         */
        public Builder customers(int customers) {
            checkArgument(
                    !(customers < 1 || customers > 10_000_000),
                    "customers must be in 1..10000000, was %s",
                    customers);
            this.customers = customers;
            return this;
        }

        /**
         * The start of the period and its length, {@code >= 1 day}.
         *
         * @param start the first instant of the period
         * @param length the period's length, at least one day
         * @return this builder
         */
        public Builder period(Instant start, Duration length) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(length, "length");
            checkArgument(
                    !(length.compareTo(Duration.ofDays(1)) < 0),
                    "period must be >= 1 day, was %s",
                    length);
            this.start = start;
            this.period = length;
            return this;
        }

        /**
         * The touchpoint given friction; must be one of {@link #defaultTouchpoints()}.
         *
         * @param touchpointId the touchpoint given friction; must be one of
         *     {@link #defaultTouchpoints()}
         * @return this builder
         */
        public Builder frictionTouchpoint(String touchpointId) {
            Objects.requireNonNull(touchpointId, "touchpointId");
            List<String> ids = defaultTouchpoints().stream().map(Touchpoint::id).toList();
            checkArgument(
                    ids.contains(touchpointId),
                    "friction touchpoint must be one of %s, was '%s'",
                    ids,
                    touchpointId);
            this.frictionTouchpointId = touchpointId;
            return this;
        }

        /**
         * Draws the data.
         *
         * @return the data set, the same for the same settings and seed
         */
        public SampleData build() {
            Draw draw = new Draw(
                    new SplittableRandom(seed), start, start.plus(period), frictionTouchpointId);
            for (int i = 0; i < customers; i++) {
                draw.customer(String.format("c%05d", i + 1));
            }
            draw.interactions.sort(Comparator.comparing(Interaction::time));
            draw.responses.sort(Comparator.comparing(SurveyResponse::time));
            PurchaseDraw purchases = new PurchaseDraw(seed, start.plus(period));
            List<Transaction> transactions = purchases.transactions(draw.customers, draw.purchases);
            List<SurveyResponse> responses = purchases.comment(draw.responses);
            return new SampleData(
                    seed,
                    frictionTouchpointId,
                    defaultTouchpoints(),
                    List.copyOf(draw.customers),
                    List.copyOf(draw.interactions),
                    List.copyOf(responses),
                    List.copyOf(transactions));
        }
    }

    /** One draw in progress. */
    private static final class Draw {
        private final SplittableRandom random;
        private final Instant start;
        private final Instant end;
        private final String frictionId;
        private final List<Touchpoint> touchpoints = defaultTouchpoints();
        private final List<Customer> customers = new ArrayList<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<SurveyResponse> responses = new ArrayList<>();
        private final Map<String, Instant> purchases = new java.util.LinkedHashMap<>();

        Draw(SplittableRandom random, Instant start, Instant end, String frictionId) {
            this.random = random;
            this.start = start;
            this.end = end;
            this.frictionId = frictionId;
        }

        void customer(String id) {
            long half = Duration.between(start, end).toSeconds() / 2;
            Instant acquired = start.plusSeconds(random.nextLong(half));
            double u = random.nextDouble();
            Map<String, String> attributes = Map.of(
                    "plan",
                    u < 0.5 ? "basic" : u < 0.85 ? "plus" : "pro",
                    "region",
                    REGIONS.get(random.nextInt(REGIONS.size())));
            Instant time = acquired;
            boolean purchased = false;
            boolean hurt = false;
            List<Stage> stages = StageModel.DETAILED.stages();
            for (int stage = 0; stage < stages.size() && time.isBefore(end); stage++) {
                Stage current = stages.get(stage);
                List<Touchpoint> here = touchpoints.stream()
                        .filter(t -> t.stage().equals(current))
                        .toList();
                int contacts = 1 + random.nextInt(3);
                for (int c = 0; c < contacts && time.isBefore(end); c++) {
                    Touchpoint touchpoint = here.get(random.nextInt(here.size()));
                    Interaction interaction = interaction(id, touchpoint, time);
                    boolean bad = isBad(interaction);
                    hurt |= bad && touchpoint.id().equals(frictionId);
                    if (bad && touchpoint.id().equals(frictionId) && random.nextDouble() < 0.7) {
                        time = time.plus(hours(1 + random.nextInt(47)));
                        contacts++;
                        here = List.of(touchpoint);
                    } else {
                        time = time.plus(hours(1 + random.nextInt(8)));
                    }
                }
                purchased |= current.name().equals("purchase");
                if (current.name().equals("purchase") && time.isBefore(end)) {
                    purchases.putIfAbsent(id, time);
                }
                if (stage + 1 < stages.size() && random.nextDouble() >= CONTINUE[stage]) {
                    break;
                }
                time = time.plus(
                        Duration.ofSeconds((long) (86_400 * Math.min(14, 1 + exponential(4)))));
            }
            Optional<Instant> churned = Optional.empty();
            if (purchased && random.nextDouble() < (hurt ? 0.45 : 0.10)) {
                Instant at = time.plus(Duration.ofDays(1 + random.nextInt(30)));
                churned = at.isBefore(end) ? Optional.of(at) : Optional.empty();
            }
            customers.add(new Customer(id, acquired, churned, attributes));
        }

        private Interaction interaction(String customer, Touchpoint touchpoint, Instant time) {
            boolean friction = touchpoint.id().equals(frictionId);
            Map<Outcome, Double> odds = friction ? FRICTION : ORDINARY;
            double u = random.nextDouble();
            Outcome outcome = u < odds.get(Outcome.ABANDONED)
                    ? Outcome.ABANDONED
                    : u < odds.get(Outcome.ABANDONED) + odds.get(Outcome.ESCALATED)
                            ? Outcome.ESCALATED
                            : Outcome.COMPLETED;
            boolean resolved =
                    outcome == Outcome.COMPLETED && random.nextDouble() >= (friction ? 0.40 : 0.05);
            Interaction interaction =
                    Interaction.of(customer, touchpoint.id(), time).withOutcome(outcome, resolved);
            if (isService(touchpoint)) {
                double slow = friction ? 3 : 1;
                interaction = interaction.withDurations(
                        Duration.ofSeconds((long) (exponential(60 * slow))),
                        Duration.ofSeconds(30 + (long) exponential(240 * slow)));
            }
            interactions.add(interaction);
            respond(interaction, touchpoint, isBad(interaction));
            return interaction;
        }

        private void respond(Interaction interaction, Touchpoint touchpoint, boolean bad) {
            Instant at = interaction.time().plus(Duration.ofMinutes(10 + random.nextInt(600)));
            if (random.nextDouble() < 0.30) {
                response(interaction, at, Scale.CSAT, bad ? CSAT_BAD : CSAT_GOOD);
            }
            if (isService(touchpoint) && random.nextDouble() < 0.40) {
                response(interaction, at, Scale.CES, bad ? CES_BAD : CES_GOOD);
            }
            if (random.nextDouble() < 0.15) {
                response(interaction, at, Scale.NPS, bad ? NPS_BAD : NPS_GOOD);
            }
        }

        private void response(Interaction interaction, Instant at, Scale scale, double[] odds) {
            if (at.isBefore(end)) {
                responses.add(SurveyResponse.of(
                                interaction.customerId(), at, scale, scale.min() + draw(odds))
                        .withTouchpoint(interaction.touchpointId()));
            }
        }

        private int draw(double[] odds) {
            double u = random.nextDouble();
            double cumulative = 0;
            for (int i = 0; i < odds.length - 1; i++) {
                cumulative += odds[i];
                if (u < cumulative) {
                    return i;
                }
            }
            return odds.length - 1;
        }

        private double exponential(double mean) {
            return -mean * Math.log(1 - random.nextDouble());
        }

        private static boolean isBad(Interaction interaction) {
            return interaction.outcome() != Outcome.COMPLETED || !interaction.resolved();
        }

        private static boolean isService(Touchpoint touchpoint) {
            return List.of(Channel.PHONE, Channel.CHAT, Channel.CHATBOT, Channel.STORE)
                    .contains(touchpoint.channel());
        }

        private static Duration hours(long hours) {
            return Duration.ofHours(hours);
        }
    }
}
