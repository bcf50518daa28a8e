package dev.cxkit.model;

/**
 * Whether a touchpoint is a direct contact, which the customer starts (buying, using,
 * service), or an indirect one, which meets the customer unplanned (advertising, news, word
 * of mouth).
 *
 * <p>Immutable and thread-safe.
 */
public enum ContactType {
    /** A contact the customer starts: buying, using, asking for service. */
    DIRECT,
    /** A contact that meets the customer unplanned: advertising, news, word of mouth. */
    INDIRECT
}
