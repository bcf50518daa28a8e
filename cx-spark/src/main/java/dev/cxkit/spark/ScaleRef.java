package dev.cxkit.spark;

import dev.cxkit.model.Scale;

import java.io.Serializable;

/**
 * A {@link Scale} in a form Spark can ship to executors with the aggregator that holds it
 * ({@code Scale} itself is not {@link Serializable}).
 */
record ScaleRef(String name, int min, int max) implements Serializable {

    static ScaleRef of(Scale scale) {
        return new ScaleRef(scale.name(), scale.min(), scale.max());
    }

    Scale scale() {
        return Scale.of(name, min, max);
    }
}
