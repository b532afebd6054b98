package io.jenkins.plugins.pleskbackup.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.verb.POST;

/**
 * The web methods of the plugin's descriptors: each accepts POST only, which protects it from cross-site request
 * forgery, and each has a permission test in {@link FormEndpointSecurityTest}. Needs no Jenkins.
 */
class WebMethodTest {

    private static final List<Class<?>> DESCRIPTORS = List.of(
            PleskServer.DescriptorImpl.class,
            PleskBackupStatusStep.DescriptorImpl.class,
            StartPleskBackupStep.DescriptorImpl.class,
            WaitForPleskBackupStep.DescriptorImpl.class,
            PleskBackupStatusBuilder.DescriptorImpl.class,
            WaitForPleskBackupBuilder.DescriptorImpl.class);

    @Test
    void everyWebMethodRequiresPost() {
        List<String> withoutPost = webMethods()
                .filter(method -> !method.isAnnotationPresent(POST.class))
                .map(Method::toGenericString)
                .collect(Collectors.toList());

        assertThat(webMethods().count()).as("web methods found").isGreaterThan(0);
        assertThat(withoutPost).as("web methods without @POST").isEmpty();
    }

    @Test
    void everyWebMethodHasPermissionTest() {
        Set<String> webMethods = new TreeSet<>();
        for (Class<?> descriptor : DESCRIPTORS) {
            pluginWebMethods(descriptor).forEach(
                    method -> webMethods.add(FormEndpointSecurityTest.name(descriptor, method.getName())));
        }
        Set<String> tested = FormEndpointSecurityTest.endpoints()
                .map(FormEndpointSecurityTest.Endpoint::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(tested).containsExactlyElementsOf(webMethods);
    }

    private static Stream<Method> webMethods() {
        return DESCRIPTORS.stream().flatMap(WebMethodTest::pluginWebMethods);
    }

    /** Public {@code do*} methods that the plugin declares, in the descriptor or a superclass of the plugin. */
    private static Stream<Method> pluginWebMethods(Class<?> descriptor) {
        return Arrays.stream(descriptor.getMethods())
                .filter(method -> method.getName().startsWith("do"))
                .filter(method -> method.getDeclaringClass().getName().startsWith("io.jenkins.plugins.pleskbackup."));
    }
}
