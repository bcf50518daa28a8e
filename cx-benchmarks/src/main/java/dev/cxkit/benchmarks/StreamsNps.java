package dev.cxkit.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import dev.cxkit.model.SurveyResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The peer a Java shop writes by hand: {@code Collectors.groupingBy} into category counts. */
final class StreamsNps {

    private StreamsNps() {}

    /** Detractors, passives and promoters among {@code responses}. */
    static NpsCounts of(List<SurveyResponse> responses) {
        return NpsCounts.of(responses.stream()
                .collect(groupingBy(response -> NpsCategory.of(response.score()), counting())));
    }

    /**
     * Detractors, passives and promoters of each segment {@code 0..segments-1}, row {@code i}
     * scoring {@code scores[i]} in segment {@code segmentIds[i]}; on a parallel stream when
     * {@code parallel}.
     */
    static List<NpsCounts> bySegment(
            byte[] scores, int[] segmentIds, int segments, boolean parallel) {
        IntStream rows = IntStream.range(0, scores.length);
        Map<Integer, Map<NpsCategory, Long>> bySegment = (parallel ? rows.parallel() : rows)
                .boxed()
                .collect(groupingBy(
                        i -> segmentIds[i],
                        groupingBy(i -> NpsCategory.of(scores[i]), counting())));
        List<NpsCounts> counts = new ArrayList<>(segments);
        for (int segment = 0; segment < segments; segment++) {
            counts.add(NpsCounts.of(bySegment.getOrDefault(segment, Map.of())));
        }
        return counts;
    }
}
