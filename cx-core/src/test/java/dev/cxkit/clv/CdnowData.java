package dev.cxkit.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the reference data files beside the tests (provenance in the resources' README.md). */
final class CdnowData {

    private CdnowData() {}

    /** The data rows of a CSV resource, split on commas, without the header. */
    static List<String[]> csvRows(String resource) {
        return lines(resource).stream()
                .skip(1)
                .map(line -> line.split(","))
                .collect(Collectors.toList());
    }

    static List<String> lines(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CdnowData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2,357 CDNOW customers with x, t_x, T (weeks) and zbar, ordered by ID. */
    static List<RfmSummary> customersWithValue() {
        return csvRows("cdnow_customers_summary_with_transactions.csv").stream()
                .map(f -> new RfmSummary(
                        Integer.parseInt(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])))
                .collect(Collectors.toList());
    }

    /** The CDNOW summary (ID, frequency, recency, T) as patterns. */
    static RfmPatterns summaryPatterns() {
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (String[] f : csvRows("cdnow_customers_summary.csv")) {
            builder.add(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        }
        return builder.build();
    }
}
