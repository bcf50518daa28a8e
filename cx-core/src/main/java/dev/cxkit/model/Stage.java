package dev.cxkit.model;

import dev.cxkit.internal.Checks;

import java.util.Locale;

/**
 * A stage of the customer journey, such as {@code purchase}. Stages are ordered by the
 * {@link StageModel} they belong to. Names are compared in lower case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the stage's name, lower case
 */
public record Stage(String name) {

    /**
     * Checks that the name is not blank and stores it in lower case.
     *
     * @param name the stage's name, lower case
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public Stage {
        Checks.nonBlank(name, "stage");
        name = name.toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the stage named {@code name}}
     *
     * @param name the stage's name, lower case
     */
    public static Stage of(String name) {
        return new Stage(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
