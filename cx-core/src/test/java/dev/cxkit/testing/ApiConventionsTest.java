package dev.cxkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.nps.Nps;
import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conventions of cx-core's API (DESIGN-NOTES.md, "One contract across metrics"), checked on
 * every public type of every package the module exports: accessors are named without {@code
 * get}; a method giving an interval is {@code interval(...)} or names what it is the interval of
 * ({@code ...Interval}); public classes cannot be extended (final classes, records, enums,
 * interfaces). A new type or method that breaks one fails here with its name.
 */
class ApiConventionsTest {

    /**
     * Interval-valued methods named otherwise, each for its reason: a driver's bootstrap summary
     * holds the intervals of its importance's {@code value} and {@code share} as record
     * components; {@code toNpsPoints} converts an interval.
     */
    private static final Set<String> OTHER_INTERVAL_NAMES = Set.of(
            "dev.cxkit.drivers.BootstrapSummary.value",
            "dev.cxkit.drivers.BootstrapSummary.share",
            "dev.cxkit.stats.Interval.toNpsPoints");

    private static List<Class<?>> api;

    @BeforeAll
    static void loadTheExportedTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Nps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = module.exports().stream()
                .filter(exports -> !exports.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        api = new ArrayList<>();
        for (String name : new TreeSet<>(exported)) {
            Path folder = classes.resolve(name.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String simple = file.getFileName().toString();
                    if (simple.endsWith(".class") && !simple.equals("package-info.class")) {
                        Class<?> type = load(name + "." + simple.replace(".class", ""));
                        if (Modifier.isPublic(type.getModifiers())) {
                            api.add(type);
                        }
                    }
                }
            }
        }
        assertThat(api).as("public types of %s", exported).hasSizeGreaterThan(100);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiConventionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    void accessorsAreNamedWithoutGet() {
        assertThat(publicMethods()
                        .filter(method -> method.getName().matches("get[A-Z].*"))
                        .map(ApiConventionsTest::name))
                .isEmpty();
    }

    @Test
    void intervalsAreNamedInterval() {
        assertThat(publicMethods()
                        .filter(ApiConventionsTest::givesAnInterval)
                        .map(ApiConventionsTest::name)
                        .filter(name -> !name.endsWith(".interval") && !name.endsWith("Interval"))
                        .filter(name -> !OTHER_INTERVAL_NAMES.contains(name)))
                .isEmpty();
    }

    @Test
    void publicClassesCannotBeExtended() {
        assertThat(api.stream()
                        .filter(type -> !type.isInterface()
                                && !type.isEnum()
                                && !type.isRecord()
                                && !Modifier.isFinal(type.getModifiers()))
                        .map(Class::getName))
                .isEmpty();
    }

    /** The public methods that public types of the API declare (not those they inherit). */
    private static Stream<Method> publicMethods() {
        return api.stream()
                .flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> !method.isSynthetic() && !method.isBridge());
    }

    private static boolean givesAnInterval(Method method) {
        Type type = method.getGenericReturnType();
        return type == Interval.class
                || type instanceof ParameterizedType optional
                        && optional.getRawType() == Optional.class
                        && optional.getActualTypeArguments()[0] == Interval.class;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
