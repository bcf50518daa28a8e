/**
 * Helpers shared by cxkit's packages that are not part of its API: argument checks with one
 * message style. The package is not exported by the {@code dev.cxkit.core} module; code outside
 * cxkit must not use it, and it may change in any release.
 */
package dev.cxkit.internal;
