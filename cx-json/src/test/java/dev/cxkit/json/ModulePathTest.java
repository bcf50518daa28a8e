package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * cx-core and cx-json as a user sees them on the module path: the packages each module exports,
 * the Jackson module it provides, a mapper working inside a module layer, and a consumer module
 * that compiles against the API but cannot reach the internals.
 *
 * <p>The module path is built from the jars and class folders of this test's class path: the
 * modules that {@code dev.cxkit.json} requires, transitively, and nothing else (test jars and
 * test classes stay out, as they would for a user).
 */
class ModulePathTest {

    private static final Set<String> CORE_API = Set.of(
            "dev.cxkit.ces",
            "dev.cxkit.churn",
            "dev.cxkit.clv",
            "dev.cxkit.csat",
            "dev.cxkit.drivers",
            "dev.cxkit.journey",
            "dev.cxkit.live",
            "dev.cxkit.model",
            "dev.cxkit.nps",
            "dev.cxkit.pyramid",
            "dev.cxkit.sample",
            "dev.cxkit.score",
            "dev.cxkit.scorecard",
            "dev.cxkit.stats",
            "dev.cxkit.survival",
            "dev.cxkit.text");

    /** cx-core's packages that are not exported to users (only to cxkit's own modules). */
    private static final Set<String> CORE_INTERNAL = Set.of("dev.cxkit.internal");

    private static final Set<String> JSON_API = Set.of("dev.cxkit.json", "dev.cxkit.json.read");

    /** cx-json's packages that are not exported. */
    private static final Set<String> JSON_INTERNAL =
            Set.of("dev.cxkit.json.ser", "dev.cxkit.json.deser");

    private static final Map<String, ModuleReference> MODULES = modulesRequiredBy("dev.cxkit.json");

    @TempDir
    Path work;

    @Test
    void coreExportsItsApiPackagesAndNotItsInternals() {
        ModuleDescriptor core = descriptor("dev.cxkit.core");

        assertThat(exportProblems(core, CORE_API, CORE_INTERNAL)).isEmpty();
        assertThat(core.isAutomatic()).isFalse();
    }

    @Test
    void jsonExportsTheJacksonModuleAndTheReadersOnly() {
        ModuleDescriptor json = descriptor("dev.cxkit.json");

        assertThat(exportProblems(json, JSON_API, JSON_INTERNAL)).isEmpty();
        assertThat(json.provides()).anySatisfy(provides -> {
            assertThat(provides.service()).isEqualTo("tools.jackson.databind.JacksonModule");
            assertThat(provides.providers()).containsExactly("dev.cxkit.json.CxModule");
        });
        assertThat(json.requires().stream()
                        .filter(requires -> requires.modifiers()
                                .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                        .map(ModuleDescriptor.Requires::name))
                .contains("dev.cxkit.core", "tools.jackson.databind");
    }

    /**
     * The check above on descriptors that differ from cx-core's in one way each: an internal
     * package exported to everyone or to a module outside cxkit, an API package not exported or
     * exported to one module only, and a new package that nobody classified.
     */
    @Test
    void theExportCheckFailsOnEveryWayADescriptorCanGoWrong() {
        ModuleDescriptor core = descriptor("dev.cxkit.core");
        Set<String> api = exports(core);

        assertThat(exportProblems(copy(core, api, "dev.cxkit.internal"), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.internal: internal package exported to everyone");

        ModuleDescriptor.Builder leaking =
                ModuleDescriptor.newModule(core.name()).packages(core.packages());
        api.forEach(leaking::exports);
        leaking.exports("dev.cxkit.internal", Set.of("dev.cxkit.json", "com.example.app"));
        assertThat(exportProblems(leaking.build(), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.internal: internal package exported outside cxkit, to"
                        + " [com.example.app]");

        Set<String> withoutNps = new TreeSet<>(api);
        withoutNps.remove("dev.cxkit.nps");
        assertThat(exportProblems(copy(core, withoutNps), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.nps: API package not exported");

        ModuleDescriptor.Builder qualified =
                ModuleDescriptor.newModule(core.name()).packages(core.packages());
        withoutNps.forEach(qualified::exports);
        qualified.exports("dev.cxkit.nps", Set.of("dev.cxkit.json"));
        assertThat(exportProblems(qualified.build(), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.nps: API package exported only to [dev.cxkit.json]");

        ModuleDescriptor unclassified = ModuleDescriptor.newModule(core.name())
                .packages(core.packages())
                .packages(Set.of("dev.cxkit.extra"))
                .build();
        assertThat(exportProblems(copy(unclassified, api), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.extra: neither an API nor an internal package");

        ModuleDescriptor.Builder missing = ModuleDescriptor.newModule(core.name());
        withoutNps.forEach(missing::exports);
        missing.packages(CORE_INTERNAL);
        assertThat(exportProblems(missing.build(), CORE_API, CORE_INTERNAL))
                .containsExactly("dev.cxkit.nps: API package missing from the module");
    }

    @Test
    void inALayerTheModuleIsFoundAsAServiceAndWritesAndReadsValues() throws Exception {
        ModuleLayer layer = layer();
        Module json = layer.findModule("dev.cxkit.json").orElseThrow();
        Module core = layer.findModule("dev.cxkit.core").orElseThrow();
        assertThat(core.isExported("dev.cxkit.nps")).isTrue();
        assertThat(core.isExported("dev.cxkit.internal")).isFalse();
        assertThat(core.isExported("dev.cxkit.internal", json)).isTrue();
        assertThat(json.isExported("dev.cxkit.json.read")).isTrue();
        assertThat(packagesNotExported(json))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(json.isExported(name)).isFalse());

        ClassLoader loader = layer.findLoader("dev.cxkit.json");
        Class<?> jacksonModule = loader.loadClass("tools.jackson.databind.JacksonModule");
        List<String> found = ServiceLoader.load(layer, jacksonModule).stream()
                .map(provider -> provider.type().getName())
                .collect(Collectors.toList());
        assertThat(found).contains("dev.cxkit.json.CxModule");

        Object mapper =
                loader.loadClass("dev.cxkit.json.CxJson").getMethod("mapper").invoke(null);
        Class<?> scale = loader.loadClass("dev.cxkit.model.Scale");
        Object histogram = loader.loadClass("dev.cxkit.score.ScoreHistogram")
                .getMethod("of", scale, long[].class)
                .invoke(null, scale.getField("CSAT").get(null), new long[] {1, 0, 2, 3, 4});
        Object nps = loader.loadClass("dev.cxkit.nps.NpsShares")
                .getConstructor(double.class, double.class)
                .newInstance(0.45, 0.2);
        for (Object value : List.of(histogram, nps)) {
            String written = (String) mapper.getClass()
                    .getMethod("writeValueAsString", Object.class)
                    .invoke(mapper, value);
            Object read = mapper.getClass()
                    .getMethod("readValue", String.class, Class.class)
                    .invoke(mapper, written, value.getClass());
            assertThat(read).as(written).isEqualTo(value);
        }
    }

    @Test
    void aConsumerModuleCompilesAgainstTheApiButNotAgainstInternals() throws IOException {
        String api = "import dev.cxkit.json.CxJson;\n"
                + "import dev.cxkit.nps.Nps;\n"
                + "public class Main {\n"
                + "  public static String json() {\n"
                + "    return CxJson.mapper().writeValueAsString(Nps.ofCounts(1, 2, 3));\n"
                + "  }\n"
                + "}\n";
        assertThat(compileConsumer(api)).isEmpty();

        String internal = "public class Main {\n"
                + "  Object checks = dev.cxkit.internal.Checks.class;\n"
                + "  Object decoder = dev.cxkit.json.deser.Fields.class;\n"
                + "}\n";
        assertThat(compileConsumer(internal))
                .contains("package dev.cxkit.internal is not visible")
                .contains("package dev.cxkit.json.deser is not visible");
    }

    /** Compiles module {@code consumer} (requiring dev.cxkit.json) and returns javac's errors. */
    private String compileConsumer(String mainSource) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/consumer/consumer"));
        Files.writeString(
                sources.getParent().resolve("module-info.java"),
                "module consumer { requires dev.cxkit.json; }\n");
        Files.writeString(sources.resolve("Main.java"), "package consumer;\n" + mainSource);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String modulePath = MODULES.values().stream()
                .map(module -> Path.of(module.location().orElseThrow()).toString())
                .collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(
                        errors,
                        null,
                        null,
                        List.of(
                                "--module-path",
                                modulePath,
                                "-d",
                                classes.toString(),
                                "-Xlint:none"),
                        null,
                        javac.getStandardFileManager(null, null, null)
                                .getJavaFileObjects(
                                        sources.getParent().resolve("module-info.java"),
                                        sources.resolve("Main.java")))
                .call();
        return compiled ? "" : errors.toString();
    }

    private static ModuleLayer layer() {
        ModuleFinder finder = finder();
        Configuration configuration = ModuleLayer.boot()
                .configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.cxkit.json"));
        return ModuleLayer.boot()
                .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    private static ModuleFinder finder() {
        return new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return Optional.ofNullable(MODULES.get(name));
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.copyOf(MODULES.values());
            }
        };
    }

    private static ModuleDescriptor descriptor(String name) {
        return MODULES.get(name).descriptor();
    }

    /**
     * What is wrong with {@code module}'s exports, one line a package: every package is either
     * API (exported to everyone) or internal (not exported, or only to cxkit's own modules), and
     * every API package is there.
     */
    private static List<String> exportProblems(
            ModuleDescriptor module, Set<String> api, Set<String> internal) {
        Map<String, ModuleDescriptor.Exports> exports = module.exports().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, e -> e));
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(module.packages())) {
            ModuleDescriptor.Exports exported = exports.get(name);
            if (api.contains(name) && exported == null) {
                problems.add(name + ": API package not exported");
            } else if (api.contains(name) && exported.isQualified()) {
                problems.add(name + ": API package exported only to "
                        + new TreeSet<>(exported.targets()));
            } else if (internal.contains(name) && exported != null && !exported.isQualified()) {
                problems.add(name + ": internal package exported to everyone");
            } else if (internal.contains(name) && exported != null) {
                Set<String> outside = exported.targets().stream()
                        .filter(target -> !target.startsWith("dev.cxkit."))
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!outside.isEmpty()) {
                    problems.add(name + ": internal package exported outside cxkit, to " + outside);
                }
            } else if (!api.contains(name) && !internal.contains(name)) {
                problems.add(name + ": neither an API nor an internal package");
            }
        }
        new TreeSet<>(api)
                .stream()
                        .filter(name -> !module.packages().contains(name))
                        .forEach(name ->
                                problems.add(name + ": API package missing from the module"));
        return problems;
    }

    /** {@code module}'s name and packages, exporting {@code exported} and {@code more} to all. */
    private static ModuleDescriptor copy(
            ModuleDescriptor module, Set<String> exported, String... more) {
        ModuleDescriptor.Builder builder =
                ModuleDescriptor.newModule(module.name()).packages(module.packages());
        exported.forEach(builder::exports);
        List.of(more).forEach(builder::exports);
        return builder.build();
    }

    /** The packages {@code module} exports to everyone. */
    private static Set<String> exports(ModuleDescriptor module) {
        return module.exports().stream()
                .filter(exported -> !exported.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> packagesNotExported(Module module) {
        Set<String> hidden = new TreeSet<>(module.getPackages());
        hidden.removeAll(exports(module.getDescriptor()));
        return hidden;
    }

    /** The modules on this test's class path that {@code root} needs, by name. */
    private static Map<String, ModuleReference> modulesRequiredBy(String root) {
        Map<String, ModuleReference> onClassPath = new HashMap<>();
        for (String entry : classPath()) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && !Files.exists(path.resolve("module-info.class"))) {
                continue;
            }
            try {
                ModuleFinder.of(path)
                        .findAll()
                        .forEach(module ->
                                onClassPath.putIfAbsent(module.descriptor().name(), module));
            } catch (FindException notAModule) {
                // a jar that cannot be a module is not one cx-json needs: the resolution below says
                // so
            }
        }
        Map<String, ModuleReference> required = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (required.containsKey(name)
                    || ModuleLayer.boot().findModule(name).isPresent()) {
                continue;
            }
            ModuleReference module = onClassPath.get(name);
            assertThat(module).as("module %s on the class path", name).isNotNull();
            required.put(name, module);
            module.descriptor().requires().stream()
                    .filter(requires -> !requires.modifiers()
                            .contains(ModuleDescriptor.Requires.Modifier.STATIC))
                    .forEach(requires -> pending.push(requires.name()));
        }
        return required;
    }

    private static List<String> classPath() {
        String path = System.getProperty(
                "surefire.test.class.path", System.getProperty("java.class.path"));
        return new ArrayList<>(List.of(path.split(File.pathSeparator)));
    }
}
