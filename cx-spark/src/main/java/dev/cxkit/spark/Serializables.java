package dev.cxkit.spark;

import java.io.Serializable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Functional interfaces whose lambdas Spark can ship to executors inside an aggregator. */
final class Serializables {

    private Serializables() {}

    @FunctionalInterface
    interface SerializableSupplier<T> extends Supplier<T>, Serializable {}

    @FunctionalInterface
    interface SerializableBiConsumer<T, U> extends BiConsumer<T, U>, Serializable {}

    @FunctionalInterface
    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}
}
