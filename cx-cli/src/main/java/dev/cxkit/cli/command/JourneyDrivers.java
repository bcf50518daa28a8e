package dev.cxkit.cli.command;

import dev.cxkit.drivers.DriverData;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key-driver data from the journey itself, for a report given no driver ratings: one row per
 * customer with an NPS answer and at least one interaction; the outcome is the customer's mean
 * NPS score (0..10), the drivers what happened to them: the share of their contacts resolved,
 * and the numbers of contacts, abandoned contacts and escalated contacts.
 */
final class JourneyDrivers {

    /** The outcome's name in the report. */
    static final String OUTCOME = "NPS score";

    private JourneyDrivers() {}

    /** The data, or empty when fewer than {@code minimum} customers qualify. */
    static Optional<DriverData> of(
            List<Interaction> interactions, List<SurveyResponse> responses, int minimum) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (SurveyResponse response : responses) {
            if (response.scale().equals(Scale.NPS)) {
                double[] sum = scores.computeIfAbsent(response.customerId(), id -> new double[2]);
                sum[0] += response.score();
                sum[1]++;
            }
        }
        Map<String, long[]> contacts = new LinkedHashMap<>();
        for (Interaction interaction : interactions) {
            if (scores.containsKey(interaction.customerId())) {
                long[] counts =
                        contacts.computeIfAbsent(interaction.customerId(), id -> new long[4]);
                counts[0]++;
                counts[1] += interaction.resolved() ? 1 : 0;
                counts[2] += interaction.outcome() == Outcome.ABANDONED ? 1 : 0;
                counts[3] += interaction.outcome() == Outcome.ESCALATED ? 1 : 0;
            }
        }
        int n = contacts.size();
        if (n < minimum) {
            return Optional.empty();
        }
        double[] outcome = new double[n];
        double[] resolved = new double[n];
        double[] total = new double[n];
        double[] abandoned = new double[n];
        double[] escalated = new double[n];
        int row = 0;
        for (Map.Entry<String, long[]> customer : contacts.entrySet()) {
            double[] score = scores.get(customer.getKey());
            long[] counts = customer.getValue();
            outcome[row] = score[0] / score[1];
            total[row] = counts[0];
            resolved[row] = counts[1] / (double) counts[0];
            abandoned[row] = counts[2];
            escalated[row] = counts[3];
            row++;
        }
        return Optional.of(DriverData.builder()
                .outcome(OUTCOME, outcome)
                .driver("contacts resolved (share)", resolved)
                .driver("contacts", total)
                .driver("abandoned contacts", abandoned)
                .driver("escalated contacts", escalated)
                .build());
    }
}
