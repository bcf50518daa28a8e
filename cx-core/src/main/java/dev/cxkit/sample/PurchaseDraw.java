package dev.cxkit.sample;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The parts of a {@link SampleData} draw that come from their own random stream, so that adding
 * them left the customers, interactions and scores of every seed as they were: repeat purchases
 * after the purchase stage and comments on responses.
 *
 * <p>Purchases follow the BG/NBD story (Fader, Hardie &amp; Lee 2005, "Counting your customers
 * the easy way", Marketing Science 24(2)): while alive, a customer buys at a Poisson rate
 * {@code lambda ~ Gamma(1, 0.25)} per week (exponential, mean one purchase in four weeks) and
 * after each purchase drops out with probability {@code p ~ Beta(1, 5)}; a churned customer buys
 * no more. Amounts follow the Gamma-Gamma idea of a per-customer mean: each customer's mean is
 * log-normal around 40 (sd of the log 0.5), each purchase log-normal around that mean (sd 0.3).
 * Comments: a response is commented with probability 0.3, low scores (NPS 0..6, CSAT 1..2,
 * CES 1..3) with a complaint typical of the touchpoint, high scores (NPS 9..10, CSAT 5, CES
 * 6..7) with praise, middle scores without a comment. Not thread-safe; used once per build.
 */
final class PurchaseDraw {

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "support-phone",
            List.of(
                    "on hold for ages and nobody called back",
                    "had to explain my problem again to a second agent",
                    "long wait on the hotline, issue still not solved"),
            "web-checkout",
            List.of("payment failed twice at checkout", "checkout page was slow"),
            "mobile-app",
            List.of("the app keeps crashing", "app is slow to load"),
            "support-chatbot",
            List.of("the chatbot did not understand my question"));
    private static final List<String> GENERAL_COMPLAINTS =
            List.of("took far too long", "confusing and slow", "nobody answered my question");
    private static final List<String> PRAISE = List.of(
            "quick and friendly",
            "easy to use",
            "helpful staff, solved at once",
            "smooth and simple",
            "friendly and quick answer");

    private final SplittableRandom random;
    private final Instant end;

    PurchaseDraw(long seed, Instant end) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.end = end;
    }

    /** Repeat-buying transactions of the customers who purchased, in time order. */
    List<SampleData.Transaction> transactions(
            List<Customer> customers, Map<String, Instant> purchases) {
        List<SampleData.Transaction> transactions = new ArrayList<>();
        for (Customer customer : customers) {
            Instant first = purchases.get(customer.id());
            if (first == null) {
                continue;
            }
            Instant stop = customer.churnedAt().filter(end::isAfter).orElse(end);
            double perWeek = 0.25 * random.nextExponential();
            double dropout = 1 - Math.pow(random.nextDouble(), 1 / 5.0);
            double mean = 40 * Math.exp(0.5 * random.nextGaussian());
            Instant time = first;
            while (time.isBefore(stop)) {
                double amount = mean * Math.exp(0.3 * random.nextGaussian() - 0.045);
                transactions.add(new SampleData.Transaction(
                        customer.id(), time, Math.round(amount * 100) / 100.0));
                if (random.nextDouble() < dropout || perWeek <= 0) {
                    break;
                }
                double weeks = random.nextExponential() / perWeek;
                time = time.plus(Duration.ofSeconds((long) Math.min(weeks * 604_800, 1e10)));
            }
        }
        transactions.sort(Comparator.comparing(SampleData.Transaction::time));
        return transactions;
    }

    /** The responses, some with a comment. */
    List<SurveyResponse> comment(List<SurveyResponse> responses) {
        List<SurveyResponse> commented = new ArrayList<>(responses.size());
        for (SurveyResponse response : responses) {
            if (random.nextDouble() >= 0.3) {
                commented.add(response);
                continue;
            }
            int side = side(response);
            if (side < 0) {
                List<String> typical = COMPLAINTS.getOrDefault(
                        response.touchpointId().orElse(""), GENERAL_COMPLAINTS);
                commented.add(response.withComment(pick(typical)));
            } else if (side > 0) {
                commented.add(response.withComment(pick(PRAISE)));
            } else {
                commented.add(response);
            }
        }
        return commented;
    }

    /** -1 for a low score, +1 for a high one, 0 in between. */
    private static int side(SurveyResponse response) {
        Scale scale = response.scale();
        int score = response.score();
        if (scale.equals(Scale.NPS)) {
            return score <= 6 ? -1 : score >= 9 ? 1 : 0;
        }
        if (score <= scale.min() + (scale.equals(Scale.CES) ? 2 : 1)) {
            return -1;
        }
        return score >= scale.max() - (scale.equals(Scale.CES) ? 1 : 0) ? 1 : 0;
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
