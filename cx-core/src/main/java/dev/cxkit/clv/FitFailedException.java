package dev.cxkit.clv;

/**
 * Thrown when a maximum-likelihood fit of a customer-base model does not converge or ends at a
 * point where the log-likelihood or a parameter is not finite. The message names the model, the
 * data it was fitted on (customers, patterns, repeat buyers, mean frequency and age) and the last
 * parameters and log-likelihood the optimizer reached, so the failure can be reproduced and the
 * data inspected. A fit never returns such a result silently.
 *
 * <p>Thread-safe: its own fields are final, and the stack trace, cause and suppressed exceptions
 * every {@code Throwable} keeps are guarded by the JDK.
 */
public final class FitFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    FitFailedException(String message) {
        super(message);
    }
}
