/**
 * Helpers shared by cxkit's packages that are not part of its API: argument checks with one
 * message style, and the numerics behind the public statistics (Wilson, Agresti-Coull and t
 * intervals, the Gauss hypergeometric function, the maximum-likelihood search of the customer-base
 * models). The package is not exported by the {@code dev.cxkit.core} module; code outside cxkit
 * must not use it, and it may change in any release.
 */
package dev.cxkit.internal;
