package dev.cxkit.cli.command;

import dev.cxkit.journey.FrictionAccumulator;
import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.Funnel;
import dev.cxkit.journey.FunnelAccumulator;
import dev.cxkit.journey.JourneyAssembler;
import dev.cxkit.journey.RepeatContact;
import dev.cxkit.journey.ServiceAccumulator;
import dev.cxkit.journey.ServiceLevel;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.SurveyResponse;

import java.util.List;
import java.util.Map;

/**
 * The journey analytics of one data set, wired from the library: journeys assembled from
 * interactions and responses, then the stage funnel, friction evidence and service levels.
 */
record JourneyAnalysis(
        Funnel funnel,
        FrictionReport friction,
        Map<String, ServiceLevel> serviceByTouchpoint,
        long journeys) {

    static JourneyAnalysis of(
            TouchpointCatalogue catalogue,
            RepeatContact repeatContact,
            List<Interaction> interactions,
            List<SurveyResponse> responses) {
        List<Journey> journeys = JourneyAssembler.builder()
                .catalogue(catalogue)
                .build()
                .assemble(interactions, responses)
                .journeys();
        FunnelAccumulator funnel = FunnelAccumulator.create(catalogue);
        FrictionAccumulator friction = FrictionAccumulator.create(catalogue, repeatContact);
        ServiceAccumulator service = ServiceAccumulator.create(catalogue, repeatContact);
        for (Journey journey : journeys) {
            funnel.add(journey);
            friction.add(journey);
            service.add(journey);
        }
        return new JourneyAnalysis(
                funnel.snapshot(), friction.snapshot(), service.byTouchpoint(), journeys.size());
    }
}
