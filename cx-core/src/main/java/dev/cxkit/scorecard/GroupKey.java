package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One dimension of a scorecard: a name and how to read a response's value for it. Grouping by
 * several keys groups by their combination (touchpoint x month, channel x region...).
 *
 * <p>Responses without a value get {@link #NONE} (no touchpoint, no such attribute) or
 * {@link #UNKNOWN} (a touchpoint or customer missing from the catalogue), so nothing is
 * dropped. A period key remembers its {@link CalendarPeriod}, which lets a scorecard compare
 * each row with the previous period.
 *
 * <p>Immutable; thread-safe when its extractor is (the extractors of the keys made here are).
 *
 * @param name the dimension's name, e.g. {@code "touchpoint"}
 * @param extractor the value of a response; must not return null
 * @param period the calendar period, for a period key
 */
public record GroupKey(
        String name, Function<SurveyResponse, String> extractor, Optional<CalendarPeriod> period) {

    /** The value of a response that has none for a key. */
    public static final String NONE = "(none)";
    /** The value of a response whose touchpoint or customer is not in the catalogue. */
    public static final String UNKNOWN = "(unknown)";

    /**
     * Checks that the name is not blank and nothing is null.
     *
     * @param name the metric's name, as rows and errors show it
     * @param extractor the value of a response; must not return null
     * @param period the calendar period, for a period key
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public GroupKey {
        Objects.requireNonNull(name, "name");
        checkArgument(!name.isBlank(), "name must not be blank, was '%s'", name);
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(period, "period");
    }

    /**
     * {@return a key named {@code name} read by {@code extractor}}
     *
     * @param name the metric's name, as rows and errors show it
     * @param extractor the value of a response; must not return null
     */
    public static GroupKey of(String name, Function<SurveyResponse, String> extractor) {
        return new GroupKey(name, extractor, Optional.empty());
    }

    /**
     * A key read back from a binary form ({@link GroupedScores#fromByteArray(byte[])}): it has
     * the encoded key's name and period and reads no responses. To add responses to decoded
     * groups, merge them into an accumulator built with the original keys.
     */
    static GroupKey decoded(String name, Optional<CalendarPeriod> period) {
        return new GroupKey(
                name,
                response -> {
                    throw new IllegalStateException("key '" + name
                            + "' was decoded from bytes and reads no responses; merge the groups"
                            + " into an accumulator grouped by the original keys");
                },
                period);
    }

    /** {@return the touchpoint id of the response, or {@link #NONE}} */
    public static GroupKey touchpoint() {
        return of("touchpoint", response -> response.touchpointId().orElse(NONE));
    }

    /**
     * {@return the channel of the response's touchpoint, looked up in {@code catalogue} (by id)}
     *
     * @param catalogue the touchpoints, with their channels and stages
     */
    public static GroupKey channel(Map<String, Touchpoint> catalogue) {
        return ofTouchpoint(
                "channel", catalogue, touchpoint -> touchpoint.channel().name());
    }

    /**
     * {@return the journey stage of the response's touchpoint, looked up in {@code catalogue}}
     *
     * @param catalogue the touchpoints, with their channels and stages
     */
    public static GroupKey stage(Map<String, Touchpoint> catalogue) {
        return ofTouchpoint("stage", catalogue, touchpoint -> touchpoint.stage().name());
    }

    /**
     * {@return the respondent's attribute {@code attribute} (plan, region, segment...), the
     * customer looked up in {@code customers} by id; the key is named after the attribute}
     *
     * @param attribute the attribute's name
     * @param customers the customers, by id
     */
    public static GroupKey customerAttribute(String attribute, Map<String, Customer> customers) {
        Objects.requireNonNull(attribute, "attribute");
        Map<String, Customer> byId = Map.copyOf(Objects.requireNonNull(customers, "customers"));
        return of(attribute, response -> {
            Customer customer = byId.get(response.customerId());
            return customer == null ? UNKNOWN : customer.attribute(attribute).orElse(NONE);
        });
    }

    /**
     * {@return the calendar period of the response time in {@code zone}}
     *
     * @param period the calendar period, for a period key
     * @param zone the time zone in which periods start
     */
    public static GroupKey period(CalendarPeriod period, ZoneId zone) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        return new GroupKey(
                period.name().toLowerCase(Locale.ROOT),
                response -> period.label(response.time(), zone),
                Optional.of(period));
    }

    /**
     * {@return the key's value for {@code response}}
     *
     * @param response the survey response
     * @throws NullPointerException when the extractor returns null
     */
    public String valueOf(SurveyResponse response) {
        return Objects.requireNonNull(
                extractor.apply(response),
                () -> "key '" + name + "' read null from a response of " + response.customerId());
    }

    private static GroupKey ofTouchpoint(
            String name, Map<String, Touchpoint> catalogue, Function<Touchpoint, String> property) {
        Map<String, Touchpoint> byId = Map.copyOf(Objects.requireNonNull(catalogue, "catalogue"));
        return of(
                name,
                response -> response.touchpointId()
                        .map(id ->
                                Optional.ofNullable(byId.get(id)).map(property).orElse(UNKNOWN))
                        .orElse(NONE));
    }
}
