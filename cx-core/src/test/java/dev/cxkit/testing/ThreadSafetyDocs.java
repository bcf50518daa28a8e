package dev.cxkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build check that every public top-level type of a module's API says in its class Javadoc
 * whether it may be shared between threads (DESIGN.md, "Units, names, threads"): the comment must
 * say {@code thread-safe} (or {@code not thread-safe}, {@code thread safety}) or
 * {@code immutable}. The API is every package of the module's main sources, or, for a named
 * module, the packages its {@code module-info.java} exports to everyone.
 *
 * <p>The sources are read as text: the type is the first {@code public} class, interface, record,
 * enum or annotation declared at the start of a line, and its class Javadoc is the last
 * {@code /** ... *}{@code /} comment before it with nothing but annotations between. Each
 * module's {@code ThreadSafetyDocsTest} runs the check on its own {@code src/main/java}.
 */
public final class ThreadSafetyDocs {

    private static final Pattern DECLARATION = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp|static)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    private static final Pattern STATEMENT =
            Pattern.compile("thread[- ]safe|immutable", Pattern.CASE_INSENSITIVE);

    private static final Pattern EXPORT =
            Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private static final Pattern PACKAGE =
            Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private ThreadSafetyDocs() {}

    /**
     * Fails, naming every offending type, when a public top-level type of the API under
     * {@code sources} has a class Javadoc that says nothing of thread safety or immutability.
     *
     * @param sources a module's main source root, such as {@code src/main/java}
     * @throws AssertionError listing the types, one a line, with what their Javadoc must say
     */
    public static void assertDocumented(Path sources) {
        List<String> missing = undocumented(sources);
        if (!missing.isEmpty()) {
            throw new AssertionError("public types whose class Javadoc says nothing of thread "
                    + "safety (say 'thread-safe', 'not thread-safe' or 'immutable'):\n  "
                    + String.join("\n  ", missing));
        }
    }

    /**
     * {@return the fully qualified names of the API's public top-level types under
     * {@code sources} whose class Javadoc says nothing of thread safety, in name order}
     *
     * @param sources a module's main source root, such as {@code src/main/java}
     */
    public static List<String> undocumented(Path sources) {
        Optional<Set<String>> exported = exportedPackages(sources.resolve("module-info.java"));
        List<String> missing = new ArrayList<>();
        int types = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(ThreadSafetyDocs::isTypeSource).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declaration = DECLARATION.matcher(text);
                Matcher inPackage = PACKAGE.matcher(text);
                if (!declaration.find() || !inPackage.find()) {
                    continue;
                }
                String packageName = inPackage.group(1);
                if (exported.isPresent() && !exported.get().contains(packageName)) {
                    continue;
                }
                types++;
                String javadoc = classJavadoc(text, declaration.start());
                if (!STATEMENT.matcher(javadoc).find()) {
                    missing.add(packageName + "." + declaration.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types == 0) {
            throw new AssertionError("no public type found under " + sources.toAbsolutePath());
        }
        return List.copyOf(new TreeSet<>(missing));
    }

    private static boolean isTypeSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java")
                && !name.equals("package-info.java")
                && !name.equals("module-info.java");
    }

    /** The packages a module descriptor exports to everyone, or empty without a descriptor. */
    private static Optional<Set<String>> exportedPackages(Path moduleInfo) {
        if (!Files.exists(moduleInfo)) {
            return Optional.empty();
        }
        try {
            Matcher export = EXPORT.matcher(Files.readString(moduleInfo, StandardCharsets.UTF_8));
            Set<String> packages = new TreeSet<>();
            while (export.find()) {
                packages.add(export.group(1));
            }
            return Optional.of(packages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Javadoc comment that ends before {@code declaration} with only annotations and blanks
     * after it, or "" when there is none.
     */
    private static String classJavadoc(String text, int declaration) {
        String before = text.substring(0, declaration);
        int start = before.lastIndexOf("/**");
        int end = before.lastIndexOf("*/");
        if (start < 0 || end < start) {
            return "";
        }
        // Before the type come only the package, imports and comments: text after the comment
        // that starts with an annotation is the type's annotations (whose strings may hold ';')
        String between = before.substring(end + 2).strip();
        boolean onlyAnnotations = between.isEmpty() || between.startsWith("@");
        return onlyAnnotations ? before.substring(start, end) : "";
    }
}
