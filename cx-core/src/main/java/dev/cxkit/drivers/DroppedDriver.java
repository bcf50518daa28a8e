package dev.cxkit.drivers;

import java.util.Objects;

/**
 * A driver the analysis left out, and why (for example "constant: no variance among the 40
 * answers used" or "perfectly collinear: a linear combination of price, speed").
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the driver's name
 * @param reason a sentence saying why it was left out
 */
public record DroppedDriver(String name, String reason) {

    /**
     * Rejects null fields.
     *
     * @param name the driver's name
     * @param reason a sentence saying why it was left out
     */
    public DroppedDriver {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
