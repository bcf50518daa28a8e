package dev.cxkit.spark;

import java.io.Serializable;
import java.util.function.Function;

/** Functional interfaces whose lambdas Spark can ship to executors inside a function. */
final class Serializables {

    private Serializables() {}

    @FunctionalInterface
    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}
}
