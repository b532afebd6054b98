package io.jenkins.plugins.pleskbackup.forms;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Consistency of the forms, help files, descriptors and extension index, read from the class path the way Jenkins
 * reads them: {@code config.jelly} and {@code help-FIELD.html} next to the described class, shared pages through
 * {@code st:include}, and field help found through the class hierarchy or a descriptor's help redirects.
 *
 * <p>NOTE: the Jelly files are read as XML only, because no Jelly engine runs here. Whether they render, and how the
 * descriptors' {@code newInstance} binds a submitted form, is not checked here.
 */
class FormConsistencyTest {

    private static final String PLUGIN_PACKAGE = "io.jenkins.plugins.pleskbackup";

    @BeforeEach
    void setUp() {
        StandInJenkins.reset();
    }

    static Stream<Descriptor<?>> descriptors() {
        return Stream.of(new PleskServer.DescriptorImpl(), new PleskGlobalConfiguration(),
                new PleskBackupStatusStep.DescriptorImpl(), new StartPleskBackupStep.DescriptorImpl(),
                new WaitForPleskBackupStep.DescriptorImpl(), new PleskBackupStatusBuilder.DescriptorImpl(),
                new WaitForPleskBackupBuilder.DescriptorImpl());
    }

    /** Returns the descriptors of the Pipeline steps and freestyle build steps. */
    static Stream<Descriptor<?>> buildStepDescriptors() {
        return descriptors().filter(descriptor -> !(descriptor instanceof PleskServer.DescriptorImpl)
                && !(descriptor instanceof PleskGlobalConfiguration));
    }

    static Stream<StepDescriptor> stepDescriptors() {
        return Stream.of(new PleskBackupStatusStep.DescriptorImpl(), new StartPleskBackupStep.DescriptorImpl(),
                new WaitForPleskBackupStep.DescriptorImpl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void everyFormFieldIsBound(Descriptor<?> descriptor) throws Exception {
        Class<?> described = descriptor.clazz;
        List<String> unbound = new ArrayList<>();

        for (String field : formFields(described)) {
            if (!hasGetter(described, field) && !hasSetter(described, field) && !isConstructorParameter(described,
                    field)) {
                unbound.add(field);
            }
        }

        assertThat(formFields(described)).isNotEmpty();
        assertThat(unbound).as("form fields of %s without getter, setter or constructor parameter", described)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void everyFormFieldHasHelp(Descriptor<?> descriptor) throws Exception {
        List<String> withoutHelp = new ArrayList<>();

        for (String field : formFields(descriptor.clazz)) {
            String helpUrl = descriptor.getHelpFile(field);
            if (helpUrl == null || findHelpFile(helpUrl) == null) {
                withoutHelp.add(field + " (" + helpUrl + ")");
            }
        }

        assertThat(withoutHelp).as("form fields of %s without a help file", descriptor.clazz).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void everyEndpointNamesFormField(Descriptor<?> descriptor) throws Exception {
        Set<String> fields = formFields(descriptor.clazz);
        List<String> orphans = new ArrayList<>();

        for (Method method : descriptor.getClass().getMethods()) {
            String field = endpointField(method.getName());
            if (field != null && !fields.contains(field)) {
                orphans.add(method.getName());
            }
        }

        assertThat(orphans).as("endpoints of %s for fields its form lacks", descriptor.getClass()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void checkedFieldsPostTheirCheck(Descriptor<?> descriptor) throws Exception {
        List<Element> controls = formControls(descriptor.clazz);
        List<String> withoutPost = new ArrayList<>();

        for (Method method : descriptor.getClass().getMethods()) {
            if (!method.getName().startsWith("doCheck")) {
                continue;
            }
            String field = endpointField(method.getName());
            boolean posts = controls.stream()
                    .filter(element -> field.equals(element.getAttribute("field")))
                    .anyMatch(FormConsistencyTest::hasPostCheck);
            if (!posts) {
                withoutPost.add(field);
            }
        }

        assertThat(withoutPost).as("fields of %s whose check is POST-only but not sent with checkMethod=\"post\"",
                descriptor.clazz).isEmpty();
    }

    @Test
    void everyHelpFileBelongsToField() throws Exception {
        Path root = classPathFolder(PleskServer.class).getParent();
        List<Path> helpFiles;
        try (Stream<Path> files = Files.walk(root)) {
            helpFiles = files.filter(file -> file.getFileName().toString().matches("help-.+\\.html")).toList();
        }
        List<String> orphans = new ArrayList<>();

        for (Path helpFile : helpFiles) {
            String name = helpFile.getFileName().toString();
            String field = name.substring("help-".length(), name.length() - ".html".length());
            String className = PLUGIN_PACKAGE + "." + root.relativize(helpFile.getParent()).toString()
                    .replace(helpFile.getFileSystem().getSeparator(), ".");
            Class<?> owner = Class.forName(className);
            boolean used = descriptors().anyMatch(descriptor -> owner.isAssignableFrom(descriptor.clazz)
                    && formFieldsUnchecked(descriptor.clazz).contains(field));
            if (!used) {
                orphans.add(root.relativize(helpFile).toString());
            }
        }

        assertThat(helpFiles).hasSizeGreaterThan(30);
        assertThat(orphans).as("help files for fields that no form has").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buildStepDescriptors")
    void buildStepHasHelpPage(Descriptor<?> descriptor) {
        Class<?> described = descriptor.clazz;

        URL page = described.getResource(described.getSimpleName() + "/help.html");

        assertThat(page).as("help.html of %s", described).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buildStepDescriptors")
    void sharedServerFieldsAreIncluded(Descriptor<?> descriptor) throws Exception {
        assertThat(formFields(descriptor.clazz)).contains("serverName", "url", "credentialsId",
                "certificateFingerprint");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepDescriptors")
    void stepsNeedOnlyRunAndListener(StepDescriptor descriptor) {
        Set<Class<?>> required = Set.copyOf(descriptor.getRequiredContext());

        assertThat(required).isEqualTo(Set.of(Run.class, TaskListener.class));
        assertThat(descriptor.takesImplicitBlockArgument()).isFalse();
    }

    @Test
    void stepFunctionNames() {
        assertThat(stepDescriptors().map(StepDescriptor::getFunctionName))
                .containsExactly("pleskBackupStatus", "startPleskBackup", "waitForPleskBackup");
    }

    @Test
    void extensionIndexListsDescriptors() throws Exception {
        Set<String> indexed = new TreeSet<>();
        List<Object> instances = new ArrayList<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class,
                getClass().getClassLoader())) {
            if (item.className().startsWith(PLUGIN_PACKAGE + ".")) {
                indexed.add(item.className());
                instances.add(item.instance());
            }
        }

        assertThat(indexed).containsExactlyInAnyOrderElementsOf(descriptors()
                .map(descriptor -> descriptor.getClass().getName())
                .toList());
        assertThat(instances).allMatch(Descriptor.class::isInstance);
    }

    /** Returns the fields of the class's form, including those of the pages it includes. */
    private static Set<String> formFields(Class<?> described) throws Exception {
        Set<String> fields = new LinkedHashSet<>();
        for (Element control : formControls(described)) {
            fields.add(control.getAttribute("field"));
        }
        return fields;
    }

    private static Set<String> formFieldsUnchecked(Class<?> described) {
        try {
            return formFields(described);
        } catch (Exception e) {
            throw new AssertionError("Cannot read the form of " + described, e);
        }
    }

    /** Returns the elements with a {@code field} attribute in the class's form and in the pages it includes. */
    private static List<Element> formControls(Class<?> described) throws Exception {
        List<Element> controls = new ArrayList<>();
        collectControls(described, "config.jelly", controls);
        return controls;
    }

    private static void collectControls(Class<?> owner, String page, List<Element> controls) throws Exception {
        String resource = owner.getSimpleName() + "/" + page;
        Document document;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as("%s next to %s", resource, owner.getName()).isNotNull();
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getTagName().equals("st:include")) {
                Class<?> includedOwner = Class.forName(element.getAttribute("class"));
                collectControls(includedOwner, element.getAttribute("page"), controls);
            } else if (element.hasAttribute("field")) {
                controls.add(element);
            }
        }
    }

    /** Returns whether the control, or the control inside an {@code f:entry}, sends its check as POST. */
    private static boolean hasPostCheck(Element element) {
        if ("post".equals(element.getAttribute("checkMethod"))) {
            return true;
        }
        NodeList children = element.getElementsByTagName("*");
        for (int i = 0; i < children.getLength(); i++) {
            if ("post".equals(((Element) children.item(i)).getAttribute("checkMethod"))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the field a {@code doCheckX} or {@code doFillXItems} endpoint serves, or null for other methods. */
    private static String endpointField(String methodName) {
        String name = null;
        if (methodName.matches("doCheck[A-Z].*")) {
            name = methodName.substring("doCheck".length());
        } else if (methodName.matches("doFill[A-Z].*Items")) {
            name = methodName.substring("doFill".length(), methodName.length() - "Items".length());
        }
        return name == null ? null : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean hasGetter(Class<?> type, String field) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(method -> method.getParameterCount() == 0
                && (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix)));
    }

    private static boolean hasSetter(Class<?> type, String field) {
        String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(method -> method.getName().equals(setter)
                && method.getParameterCount() == 1 && method.isAnnotationPresent(DataBoundSetter.class));
    }

    private static boolean isConstructorParameter(Class<?> type, String field) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    assertThat(parameter.isNamePresent()).as("parameter names of %s", constructor).isTrue();
                    if (parameter.getName().equals(field)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Finds the help file that a URL from {@code Descriptor.getHelpFile} points to, in the folder of the named class
     * or of one of its superclasses, as Jenkins does. Returns null when there is none.
     */
    private static URL findHelpFile(String helpUrl) throws ClassNotFoundException {
        String[] parts = helpUrl.split("/");
        assertThat(parts).as("help URL %s", helpUrl).hasSize(5);
        assertThat(parts[1]).isEqualTo("descriptor");
        assertThat(parts[3]).isEqualTo("help");
        for (Class<?> c = Class.forName(parts[2]); c != null; c = c.getSuperclass()) {
            URL file = c.getResource(c.getSimpleName() + "/help-" + parts[4] + ".html");
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    /** Returns the resource folder of a class on the class path, which is a directory in this build. */
    private static Path classPathFolder(Class<?> type) throws IOException, URISyntaxException {
        URL folder = type.getResource(type.getSimpleName());
        assertThat(folder).as("resource folder of %s", type).isNotNull();
        assertThat(folder.getProtocol()).as("resources are read from a directory").isEqualTo("file");
        return Path.of(folder.toURI()).getParent();
    }
}
