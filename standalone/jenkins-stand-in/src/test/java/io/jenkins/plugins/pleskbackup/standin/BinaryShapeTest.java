package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.ModelObject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.tasks.BuildStepMonitor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jenkins.model.GlobalConfiguration;
import jenkins.tasks.SimpleBuildStep;
import net.java.sezpoz.Indexable;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;

/**
 * Guards the facts that decide whether bytecode compiled against the stand-in links against real Jenkins: type
 * kinds, final markers, erased descriptors, enum constant order and annotation shapes.
 */
class BinaryShapeTest {
    @Test
    void extensionIsIndexedAtRuntime() {
        assertThat(Extension.class.isAnnotationPresent(Indexable.class)).isTrue();
        assertThat(Extension.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Extension.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.TYPE, ElementType.FIELD, ElementType.METHOD);
    }

    @Test
    void annotationElementTypes() throws Exception {
        assertThat(Extension.class.getMethod("ordinal").getReturnType()).isEqualTo(double.class);
        assertThat(Symbol.class.getMethod("value").getReturnType()).isEqualTo(String[].class);
        assertThat(Symbol.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
    }

    @Test
    void typeKinds() {
        assertThat(Item.class.isInterface()).isTrue();
        assertThat(Describable.class.isInterface()).isTrue();
        assertThat(SimpleBuildStep.class.isInterface()).isTrue();
        assertThat(Modifier.isAbstract(Run.class.getModifiers())).isTrue();
        assertThat(Modifier.isAbstract(StepContext.class.getModifiers())).isTrue();
        assertThat(Modifier.isAbstract(FormValidation.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(Result.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(Permission.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(Secret.class.getModifiers())).isTrue();
        assertThat(DomainRequirement.class.isInterface()).isFalse();
    }

    @Test
    void nestedTypesAreStaticWithRealBinaryNames() {
        assertThat(Descriptor.FormException.class.getName()).isEqualTo("hudson.model.Descriptor$FormException");
        assertThat(Modifier.isStatic(Descriptor.FormException.class.getModifiers())).isTrue();
        assertThat(ListBoxModel.Option.class.getName()).isEqualTo("hudson.util.ListBoxModel$Option");
        assertThat(Modifier.isStatic(ListBoxModel.Option.class.getModifiers())).isTrue();
        assertThat(FormValidation.Kind.class.getName()).isEqualTo("hudson.util.FormValidation$Kind");
        assertThat(SimpleBuildStep.LastBuildAction.class.getName())
                .isEqualTo("jenkins.tasks.SimpleBuildStep$LastBuildAction");
    }

    @Test
    void finalMethods() throws Exception {
        assertThat(isFinal(GlobalConfiguration.class.getMethod("getDescriptor"))).isTrue();
        assertThat(isFinal(SynchronousNonBlockingStepExecution.class.getMethod("start"))).isTrue();
        assertThat(isFinal(StepExecution.class.getMethod("getStatusBounded", long.class, TimeUnit.class))).isTrue();
        assertThat(isFinal(StepDescriptor.class.getMethod("checkContextAvailability", StepContext.class))).isTrue();
        assertThat(isFinal(StepExecution.class.getMethod("getStatus"))).isFalse();
    }

    @Test
    void describableGetDescriptorIsDefault() throws Exception {
        assertThat(Describable.class.getMethod("getDescriptor").isDefault()).isTrue();
    }

    @Test
    void enumConstantOrder() {
        assertThat(FormValidation.Kind.values())
                .containsExactly(FormValidation.Kind.OK, FormValidation.Kind.WARNING, FormValidation.Kind.ERROR);
        assertThat(BuildStepMonitor.values())
                .containsExactly(BuildStepMonitor.NONE, BuildStepMonitor.STEP, BuildStepMonitor.BUILD);
        assertThat(CredentialsScope.values())
                .containsExactly(CredentialsScope.SYSTEM, CredentialsScope.GLOBAL, CredentialsScope.USER);
    }

    @Test
    void erasedSignatures() throws Exception {
        assertThat(StepContext.class.getMethod("get", Class.class).getReturnType()).isEqualTo(Object.class);
        assertThat(Run.class.getMethod("getParent").getReturnType()).isEqualTo(Job.class);
        assertThat(ExtensionList.class.getMethod("lookupSingleton", Class.class).getReturnType())
                .isEqualTo(Object.class);
        assertThat(CredentialsProvider.class.getMethod("findCredentialById",
                String.class, Class.class, Run.class, List.class).getReturnType()).isEqualTo(IdCredentials.class);
        assertThat(CredentialsProvider.class.getMethod("track", Run.class, Credentials.class).getReturnType())
                .isEqualTo(Credentials.class);
        assertThat(AbstractIdCredentialsListBoxModel.class.getMethod("includeEmptyValue").getReturnType())
                .isEqualTo(AbstractIdCredentialsListBoxModel.class);
        assertThat(AbstractIdCredentialsListBoxModel.class.getMethod("includeMatchingAs", Authentication.class,
                Item.class, Class.class, List.class, CredentialsMatcher.class).getReturnType())
                .isEqualTo(AbstractIdCredentialsListBoxModel.class);
    }

    @Test
    void listBoxModelAddReturnTypes() throws Exception {
        assertThat(ListBoxModel.class.getMethod("add", String.class, String.class).getReturnType())
                .isEqualTo(void.class);
        assertThat(ListBoxModel.class.getMethod("add", ModelObject.class, String.class).getReturnType())
                .isEqualTo(void.class);
        assertThat(ListBoxModel.class.getMethod("add", String.class).getReturnType()).isEqualTo(ListBoxModel.class);
    }

    private static boolean isFinal(Method method) {
        return Modifier.isFinal(method.getModifiers());
    }
}
