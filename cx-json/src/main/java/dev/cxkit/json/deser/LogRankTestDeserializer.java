package dev.cxkit.json.deser;

import dev.cxkit.survival.LogRankTest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link LogRankTest} with {@code String} group keys from {@code {"chiSquare",
 * "degreesOfFreedom", "pValue", "groups": {key: {"subjects", "observed", "expected"}}}}.
 */
@SuppressWarnings("rawtypes")
public final class LogRankTestDeserializer extends CxDeserializer<LogRankTest> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final LogRankTestDeserializer INSTANCE = new LogRankTestDeserializer();

    private LogRankTestDeserializer() {
        super(LogRankTest.class);
    }

    @Override
    public LogRankTest decode(Fields fields) {
        double chiSquare = fields.number("chiSquare");
        int degreesOfFreedom = fields.integer("degreesOfFreedom");
        double pValue = fields.number("pValue");
        Map<String, LogRankTest.Group> groups = new LinkedHashMap<>();
        for (String key : fields.names("groups")) {
            groups.put(
                    key,
                    fields.object(
                            "groups",
                            group -> group.object(
                                    key,
                                    counts -> counts.checked(
                                            Optional.empty(),
                                            () -> new LogRankTest.Group(
                                                    counts.count("subjects"),
                                                    counts.count("observed"),
                                                    counts.number("expected"))))));
        }
        return fields.checked(
                Optional.empty(),
                () -> new LogRankTest<>(chiSquare, degreesOfFreedom, pValue, groups));
    }
}
