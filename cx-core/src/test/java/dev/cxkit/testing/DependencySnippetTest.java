package dev.cxkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root README's dependency snippet as a user copies it: it imports cx-bom at the version the
 * build makes, cx-bom manages every published module at that version, and each module the
 * snippet depends on is one the BOM manages, and every published POM carries the metadata a
 * Maven Central release requires. The BOM has no parent (so that importing it brings
 * nothing else), which is why its version must be checked to follow the parent's.
 *
 * <p>The POMs are read as text (the tests run inside the module, which does not read {@code
 * java.xml}): elements are found by their tags, which these files write plainly.
 */
class DependencySnippetTest {

    private static final Path ROOT = Path.of("..");

    private static final Pattern DEPENDENCY =
            Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    @Test
    void theReadmeImportsTheBomAtTheBuildsVersion() throws IOException {
        String version = parentVersion();
        List<String> snippet = dependencies(readmeDependencySnippet());

        String bomImport = snippet.stream()
                .filter(dependency -> tag(dependency, "artifactId").equals("cx-bom"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the README's snippet imports no cx-bom"));
        assertThat(tag(bomImport, "groupId")).isEqualTo("dev.cxkit");
        assertThat(tag(bomImport, "version")).isEqualTo(version);
        assertThat(tag(bomImport, "type")).isEqualTo("pom");
        assertThat(tag(bomImport, "scope")).isEqualTo("import");

        List<String> used = new ArrayList<>();
        for (String dependency : snippet) {
            String artifact = tag(dependency, "artifactId");
            if (!artifact.equals("cx-bom")) {
                used.add(artifact);
                assertThat(tag(dependency, "version")).as(artifact).isEmpty();
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bomModules(version)).containsAll(used);
    }

    @Test
    void theBomManagesEveryPublishedModule() throws IOException {
        Set<String> published = new TreeSet<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parentPom());
        while (module.find()) {
            published.add(module.group(1).trim());
        }
        assertThat(published).contains("cx-core", "cx-bom");
        published.removeAll(Set.of("cx-bom", "cx-benchmarks"));

        assertThat(bomModules(parentVersion())).isEqualTo(published);
    }

    /**
     * What Maven Central asks of every published POM: a name and a description of its own, and a
     * url, licence (name and url), developer and SCM (connection, developer connection, url),
     * inherited from the parent or, for cx-bom, which has no parent, written in it.
     */
    @Test
    void everyPublishedPomCarriesTheMetadataMavenCentralRequires() throws IOException {
        for (String module : bomModules(parentVersion())) {
            String pom = Files.readString(ROOT.resolve(module + "/pom.xml"));
            String own = after(pom, "<artifactId>" + module + "</artifactId>");
            assertThat(tag(own, "name")).as(module + " name").isNotEmpty();
            assertThat(tag(own, "description")).as(module + " description").isNotEmpty();
        }
        String bom = Files.readString(ROOT.resolve("cx-bom/pom.xml"));
        assertThat(bom).as("cx-bom has no parent").doesNotContain("<parent>");
        for (String pom : List.of(parentPom(), bom)) {
            String project = after(pom, "<description>");
            assertThat(tag(project, "url")).startsWith("https://");
            String license = after(project, "<license>");
            assertThat(tag(license, "name")).isEqualTo("Apache-2.0");
            assertThat(tag(license, "url")).startsWith("https://");
            assertThat(tag(after(project, "<developer>"), "name")).isNotEmpty();
            String scm = after(project, "<scm");
            for (String element : List.of("connection", "developerConnection", "url")) {
                assertThat(tag(scm, element)).as("scm " + element).isNotEmpty();
            }
        }
    }

    /** The artifacts cx-bom manages, checking that its version and theirs are {@code version}. */
    private static Set<String> bomModules(String version) throws IOException {
        String bom = Files.readString(ROOT.resolve("cx-bom/pom.xml"));
        assertThat(tag(after(bom, "<artifactId>cx-bom</artifactId>"), "version"))
                .as("cx-bom's version")
                .isEqualTo(version);
        Set<String> managed = new TreeSet<>();
        for (String dependency : dependencies(bom)) {
            assertThat(tag(dependency, "groupId")).isEqualTo("dev.cxkit");
            assertThat(tag(dependency, "version")).isEqualTo("${project.version}");
            managed.add(tag(dependency, "artifactId"));
        }
        assertThat(managed).isNotEmpty();
        return managed;
    }

    private static String parentPom() throws IOException {
        return Files.readString(ROOT.resolve("pom.xml"));
    }

    private static String parentVersion() throws IOException {
        return tag(after(parentPom(), "<artifactId>cxkit-parent</artifactId>"), "version");
    }

    /** The XML block that follows the README's sentence about the BOM. */
    private static String readmeDependencySnippet() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("through the BOM[^`]*```xml\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find())
                .as("a ```xml block after 'through the BOM' in README.md")
                .isTrue();
        return block.group(1);
    }

    private static List<String> dependencies(String xml) {
        List<String> found = new ArrayList<>();
        Matcher dependency = DEPENDENCY.matcher(xml);
        while (dependency.find()) {
            found.add(dependency.group(1));
        }
        return found;
    }

    private static String after(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return text.substring(at + marker.length());
    }

    /** The text of the first {@code <name>} element in {@code xml}, empty when there is none. */
    private static String tag(String xml, String name) {
        Matcher element =
                Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return element.find() ? element.group(1).trim() : "";
    }
}
