package dev.cxkit.json;

import dev.cxkit.json.read.ReadLimits;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/**
 * cxkit's own Jackson factories and mapper, built with {@link ReadLimits}. Jackson's global
 * defaults are left alone: the limits live on these private factories only.
 *
 * <p>Thread-safe and stateless: its methods build new mappers, which are thread-safe once built, as
 * every Jackson mapper is; {@link #mapper()} returns one shared mapper.
 */
public final class CxJson {

    private static final JsonMapper DEFAULT_MAPPER = mapper(ReadLimits.defaults());

    private CxJson() {}

    /**
     * {@return a mapper with the {@link CxModule} registered and the default {@link ReadLimits}}
     */
    public static JsonMapper mapper() {
        return DEFAULT_MAPPER;
    }

    /**
     * {@return a mapper with the {@link CxModule} registered, reading within {@code limits}}
     *
     * @param limits the input limits of the mapper's factory
     */
    public static JsonMapper mapper(ReadLimits limits) {
        return JsonMapper.builder(jsonFactory(limits)).addModule(new CxModule()).build();
    }

    private static JsonFactory jsonFactory(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return JsonFactory.builder()
                .streamReadConstraints(limits.toConstraints())
                .build();
    }
}
