package dev.cxkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every public type of cx-core's exported packages says in its class Javadoc whether threads may
 * share it; and the check fails on a type that does not, and only on such a type.
 */
class ThreadSafetyDocsTest {

    @TempDir
    Path sources;

    @Test
    void everyExportedTypeStatesItsThreadSafety() {
        ThreadSafetyDocs.assertDocumented(Path.of("src/main/java"));
    }

    @Test
    void aPublicTypeWithoutAStatementFailsTheCheckByName() throws IOException {
        write("dev/example/api/Quiet.java", """
                package dev.example.api;

                /** Counts things; says nothing of threads. */
                @SuppressWarnings("unused; really")
                public final class Quiet {}
                """);
        write("dev/example/api/Told.java", """
                package dev.example.api;

                /**
                 * Counts things.
                 *
                 * <p>Not thread-safe: one per thread.
                 */
                public final class Told {}
                """);
        write("dev/example/api/Value.java", """
                package dev.example.api;

                /** A value. Immutable. */
                @Deprecated(since = "1; or 2")
                public record Value(int x) {}
                """);
        write("dev/example/api/Bare.java", """
                package dev.example.api;

                import java.util.List;

                public interface Bare {}
                """);

        assertThat(ThreadSafetyDocs.undocumented(sources))
                .containsExactly("dev.example.api.Bare", "dev.example.api.Quiet");
        assertThatThrownBy(() -> ThreadSafetyDocs.assertDocumented(sources))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.example.api.Quiet")
                .hasMessageContaining("'not thread-safe'");
    }

    @Test
    void aNamedModuleIsCheckedOnTheTypesOfPackagesItExportsToEveryone() throws IOException {
        write("module-info.java", """
                module dev.example {
                    exports dev.example.api;
                    exports dev.example.hidden to dev.example.friend;
                }
                """);
        write("dev/example/api/Shown.java", """
                package dev.example.api;

                /** Shown to users. */
                public final class Shown {}
                """);
        write("dev/example/hidden/Internal.java", """
                package dev.example.hidden;

                /** Not exported to users. */
                public final class Internal {}
                """);

        assertThat(ThreadSafetyDocs.undocumented(sources)).containsExactly("dev.example.api.Shown");
    }

    private void write(String path, String text) throws IOException {
        Path file = sources.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
