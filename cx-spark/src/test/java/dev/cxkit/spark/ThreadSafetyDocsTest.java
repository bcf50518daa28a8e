package dev.cxkit.spark;

import dev.cxkit.testing.ThreadSafetyDocs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/** Every public type of cx-spark says in its class Javadoc whether threads may share it. */
class ThreadSafetyDocsTest {

    @Test
    void everyPublicTypeStatesItsThreadSafety() {
        ThreadSafetyDocs.assertDocumented(Path.of("src/main/java"));
    }
}
