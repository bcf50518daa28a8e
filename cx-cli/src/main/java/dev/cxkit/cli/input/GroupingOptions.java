package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.scorecard.GroupKey;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a survey command groups responses into scorecard rows: {@code --by} keys, and the
 * touchpoint and customer files that channel, stage and attribute keys are looked up in.
 *
 * <p>Not thread-safe: picocli sets its fields from one command line, one instance per run.
 */
public final class GroupingOptions {

    @Option(
            names = "--by",
            split = ",",
            paramLabel = "KEY",
            description = "Group by touchpoint, channel, stage, day, week, month, quarter, year, "
                    + "or a customer attribute (needs --customers); several keys combine.")
    List<String> by = List.of();

    @Option(
            names = "--touchpoints",
            paramLabel = "FILE",
            description = "Touchpoints (NDJSON), for --by channel or stage.")
    Optional<Path> touchpoints = Optional.empty();

    @Option(
            names = "--customers",
            paramLabel = "FILE",
            description = "Customers (NDJSON or CSV), for --by a customer attribute.")
    Optional<Path> customers = Optional.empty();

    /**
     * {@return the grouping keys, with their lookup files read}
     *
     * @param input how the lookup files are read
     * @param err where read problems are reported
     */
    public List<GroupKey> keys(InputOptions input, PrintWriter err) {
        Map<String, Touchpoint> catalogue = new HashMap<>();
        Map<String, Customer> customersById = new HashMap<>();
        ZoneId zone = input.zone();
        return by.stream()
                .map(name -> key(name.trim(), zone, catalogue, customersById, input, err))
                .toList();
    }

    private GroupKey key(
            String name,
            ZoneId zone,
            Map<String, Touchpoint> catalogue,
            Map<String, Customer> customersById,
            InputOptions input,
            PrintWriter err) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "touchpoint":
                return GroupKey.touchpoint();
            case "channel":
                return GroupKey.channel(touchpoints(catalogue));
            case "stage":
                return GroupKey.stage(touchpoints(catalogue));
            case "day":
                return GroupKey.period(CalendarPeriod.DAY, zone);
            case "week":
                return GroupKey.period(CalendarPeriod.ISO_WEEK, zone);
            case "month":
                return GroupKey.period(CalendarPeriod.MONTH, zone);
            case "quarter":
                return GroupKey.period(CalendarPeriod.QUARTER, zone);
            case "year":
                return GroupKey.period(CalendarPeriod.YEAR, zone);
            default:
                Path file = customers.orElseThrow(() -> new UsageException("--by " + name
                        + " is not touchpoint, channel, stage or a period, so it must be a "
                        + "customer attribute: give --customers FILE"));
                if (customersById.isEmpty()) {
                    new RecordInput(input, err)
                            .read(
                                    CxReader.customers(),
                                    List.of(file),
                                    customer -> customersById.put(customer.id(), customer));
                }
                Set<String> attributes = new TreeSet<>();
                customersById
                        .values()
                        .forEach(c -> attributes.addAll(c.attributes().keySet()));
                if (!attributes.contains(name)) {
                    throw new UsageException("--by " + name + " is not touchpoint, channel, stage, "
                            + "day, week, month, quarter, year or an attribute of the customers in '"
                            + file + "'; their attributes are " + attributes);
                }
                return GroupKey.customerAttribute(name, customersById);
        }
    }

    private Map<String, Touchpoint> touchpoints(Map<String, Touchpoint> catalogue) {
        if (catalogue.isEmpty()) {
            Path file = touchpoints.orElseThrow(() ->
                    new UsageException("--by channel and --by stage need --touchpoints FILE"));
            Touchpoints.read(file)
                    .forEach(touchpoint -> catalogue.put(touchpoint.id(), touchpoint));
        }
        return catalogue;
    }
}
