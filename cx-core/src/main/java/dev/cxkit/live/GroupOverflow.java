package dev.cxkit.live;

/**
 * What a bounded recorder does with a record for a new group once it holds its maximum number
 * of groups.
 *
 * <p>Immutable and thread-safe.
 */
public enum GroupOverflow {

    /**
     * Refuse the record with an {@link IllegalStateException} naming the group and the bound;
     * the recorder counts refused records ({@code rejected()}).
     */
    REJECT,

    /**
     * Record it in the group {@value BoundedGroups#OTHER} (every key component reads
     * {@code "(other)"}), which does not count towards the bound.
     */
    OTHER
}
