package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable keyed collection of risk sets, one per stratum, with the log-rank test between
 * them. Keys keep the order they were given in.
 *
 * <p>Instances are value objects (equal when they map the same keys to equal risk sets) and
 * thread-safe.
 *
 * @param <K> the stratum key
 */
public final class Strata<K> {

    private final Map<K, RiskSets> strata;

    private Strata(Map<K, RiskSets> strata) {
        this.strata = strata;
    }

    /**
     * {@return the strata {@code key -> riskSets}, copied in the map's iteration order}
     *
     * @param <K> the type of the stratum keys
     * @param strata the risk sets of each stratum
     */
    public static <K> Strata<K> of(Map<K, RiskSets> strata) {
        Objects.requireNonNull(strata, "strata");
        Map<K, RiskSets> copy = new LinkedHashMap<>();
        strata.forEach((key, riskSets) -> copy.put(
                Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(riskSets, "strata[" + key + "]")));
        return new Strata<>(Collections.unmodifiableMap(copy));
    }

    /** {@return the keys, in order} */
    public Set<K> keys() {
        return strata.keySet();
    }

    /** {@return the strata as an unmodifiable map} */
    public Map<K, RiskSets> asMap() {
        return strata;
    }

    /**
     * {@return the risk sets of stratum {@code key}}
     *
     * @param key the stratum's key
     * @throws IllegalArgumentException when there is no such stratum
     */
    public RiskSets riskSets(K key) {
        RiskSets riskSets = strata.get(Objects.requireNonNull(key, "key"));
        checkArgument(riskSets != null, "no stratum '%s'; strata are %s", key, keys());
        return riskSets;
    }

    /** {@return all strata merged into one table} */
    public RiskSets pooled() {
        RiskSets pooled = RiskSets.empty();
        for (RiskSets riskSets : strata.values()) {
            pooled = pooled.merge(riskSets);
        }
        return pooled;
    }

    /**
     * {@return the log-rank test of equal survival in every stratum (Mantel 1966; Peto &amp; Peto
     * 1972), as R's {@code survival::survdiff(rho = 0)}} At each distinct event time {@code t} of
     * the pooled data, with {@code d} events among {@code n} at risk and {@code n_g} at risk in
     * stratum {@code g}, the expected events of {@code g} are {@code n_g d / n} and the covariance
     * of strata {@code g, h} grows by {@code d (n - d) / (n - 1) (n_g / n) (delta_gh - n_h / n)}.
     * Strata expected to have no event are left out; with {@code k} strata left,
     * {@code chi^2 = (O - E)' V^-1 (O - E)} over all of them but one, on {@code k - 1} degrees of
     * freedom. The strata are taken in a canonical order of their contents, so the result, to the
     * last bit, does not depend on the order of the keys; the result's groups keep the keys' order.
     *
     * @throws IllegalStateException when fewer than two strata have expected events
     */
    public LogRankTest<K> logRank() {
        return LogRank.test(
                new ArrayList<>(strata.keySet()), new ArrayList<>(strata.values()), pooled());
    }

    /**
     * The binary form, so that strata built on several machines can be merged: each stratum's
     * key as text, written by {@code keyText}, and its table's {@link RiskSets#toByteArray()}
     * bytes, in the strata's order. Layout, version 1, big-endian: {@code int} magic
     * {@code "CXST"}, {@code byte} version, {@code int} number of strata, then per stratum an
     * unsigned {@code short} key length, the key's UTF-8 bytes, an {@code int} table length and
     * the table.
     *
     * @param keyText the text of a key, at most 65535 UTF-8 bytes; read back by the function
     *     given to {@link #fromByteArray(byte[], Function)}
     * @return the bytes
     * @throws IllegalArgumentException when a key's text is longer than 65535 UTF-8 bytes
     */
    public byte[] toByteArray(Function<? super K, String> keyText) {
        return StrataForm.encode(this, keyText);
    }

    /**
     * Decodes {@link #toByteArray(Function)}'s bytes, each key read from its text by
     * {@code key}.
     *
     * @param <K> the stratum key
     * @param bytes the encoded strata
     * @param key the key of a text, the inverse of the encoder's function
     * @return the strata, in the encoded order
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or
     *     length, a repeated key or a malformed table
     */
    public static <K> Strata<K> fromByteArray(byte[] bytes, Function<String, ? extends K> key) {
        return StrataForm.decode(bytes, key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Strata<?> other && strata.equals(other.strata);
    }

    @Override
    public int hashCode() {
        return strata.hashCode();
    }

    @Override
    public String toString() {
        return "Strata" + strata;
    }
}
