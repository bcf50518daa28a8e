package dev.cxkit.drivers;

import java.util.Objects;
import java.util.Optional;

/**
 * One driver's importance by one measure (relative weight or Shapley value).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the raw importance in units of R^2 (the drivers' values sum to R^2)
 * @param share {@code value / R^2} (the drivers' shares sum to 1)
 * @param bootstrap intervals and the noise check, present when the analysis resampled
 */
public record Importance(double value, double share, Optional<BootstrapSummary> bootstrap) {

    /**
     * Rejects null fields.
     *
     * @param value the raw importance in units of R^2 (the drivers' values sum to R^2)
     * @param share {@code value / R^2} (the drivers' shares sum to 1)
     * @param bootstrap intervals and the noise check, present when the analysis resampled
     */
    public Importance {
        Objects.requireNonNull(bootstrap, "bootstrap");
    }
}
