package io.jenkins.plugins.pleskbackup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the package rules of the source tree. The Plesk client, the wait engine, the simulator and the command line
 * use nothing from Jenkins, so that they run anywhere. The plugin's main code never uses the simulator, the command
 * line or the Jenkins stand-in, so none of them can end up in the plugin.
 */
class PackageDependencyTest {

    /**
     * Packages of Jenkins core, Stapler, Pipeline and the Jenkins plugins, at the start of a qualified name (so
     * {@code io.jenkins.plugins} does not count).
     */
    private static final Pattern JENKINS_REFERENCE = Pattern.compile(
            "(?<![\\w.])(hudson|jenkins|org\\.jenkinsci|org\\.kohsuke|com\\.cloudbees)\\.[a-zA-Z_]");

    private static final Pattern TEST_ONLY_REFERENCE = Pattern.compile(
            "\\bio\\.jenkins\\.plugins\\.pleskbackup\\.(simulator|cli|standin)\\b");

    private static final Pattern GLUE_REFERENCE = Pattern.compile(
            "\\bio\\.jenkins\\.plugins\\.pleskbackup\\.(config|connection|forms|report|steps|builders)\\b");

    private static final Path ROOT = projectRoot();

    @Test
    void jenkinsFreeCodeReferencesNoJenkinsPackage() throws IOException {
        List<Path> roots = List.of(
                ROOT.resolve("src/main/java/io/jenkins/plugins/pleskbackup/client"),
                ROOT.resolve("src/main/java/io/jenkins/plugins/pleskbackup/wait"),
                ROOT.resolve("src/simulator/java"),
                ROOT.resolve("src/cli/java"));

        List<String> violations = findReferences(roots, JENKINS_REFERENCE);

        assertThat(violations).as("Jenkins references in Jenkins-free code").isEmpty();
    }

    @Test
    void jenkinsFreeCodeReferencesNoPluginGlue() throws IOException {
        List<Path> roots = List.of(
                ROOT.resolve("src/main/java/io/jenkins/plugins/pleskbackup/client"),
                ROOT.resolve("src/main/java/io/jenkins/plugins/pleskbackup/wait"),
                ROOT.resolve("src/simulator/java"),
                ROOT.resolve("src/cli/java"));

        List<String> violations = findReferences(roots, GLUE_REFERENCE);

        assertThat(violations).as("references from Jenkins-free code to the Jenkins glue").isEmpty();
    }

    @Test
    void pluginCodeReferencesNoTestOnlyCode() throws IOException {
        List<String> violations = findReferences(List.of(ROOT.resolve("src/main/java")), TEST_ONLY_REFERENCE);

        assertThat(violations).as("references from the plugin to the simulator, command line or stand-in").isEmpty();
    }

    @Test
    void checkedFoldersContainSources() throws IOException {
        for (String folder : List.of("src/main/java/io/jenkins/plugins/pleskbackup/client",
                "src/main/java/io/jenkins/plugins/pleskbackup/wait", "src/simulator/java")) {
            assertThat(javaFiles(List.of(ROOT.resolve(folder)))).as(folder).isNotEmpty();
        }
    }

    @Test
    void detectorIgnoresCommentsAndStrings() {
        String source = String.join("\n",
                "package x;",
                "import hudson.model.Run;",
                "/** Mentions jenkins.util.Timer in a comment. */",
                "class A { Object o = new org.kohsuke.stapler.Foo(); String s = \"hudson.Util\"; }",
                "import io.jenkins.plugins.pleskbackup.client.PleskClient;");

        List<String> found = references("A.java", source, JENKINS_REFERENCE);

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).contains("line 2");
        assertThat(found.get(1)).contains("line 4").contains("org.kohsuke.s");
    }

    private static List<String> findReferences(List<Path> roots, Pattern pattern) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(roots)) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            violations.addAll(references(ROOT.relativize(file).toString(), source, pattern));
        }
        return violations;
    }

    /** References outside comments and string literals, as "file, line N: match". */
    private static List<String> references(String name, String source, Pattern pattern) {
        String code = withoutCommentsAndStrings(source);
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            long line = code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(name + ", line " + line + ": " + matcher.group());
        }
        return found;
    }

    /** Blanks out comments, string and character literals, keeping line breaks so line numbers stay right. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? source.length() : end + 2;
                source.substring(i, stop).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                code.append(c).append(c);
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static List<Path> javaFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Path projectRoot() {
        String root = System.getProperty("plesk.project.root");
        if (root == null) {
            throw new IllegalStateException("System property plesk.project.root is not set; the build sets it to the"
                    + " folder that contains src/.");
        }
        return Paths.get(root).toAbsolutePath().normalize();
    }
}
