package io.jenkins.plugins.pleskbackup.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.ExtensionList;
import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.StaplerRequest2;

class DescriptorTest {
    @BeforeEach
    void resetStandIn() {
        StandInJenkins.reset();
    }

    @Test
    void nestedDescriptorDescribesEnclosingClass() {
        SampleBuilder.DescriptorImpl descriptor = new SampleBuilder.DescriptorImpl();

        assertThat(descriptor.clazz).isEqualTo(SampleBuilder.class);
        assertThat(descriptor.getId()).isEqualTo(SampleBuilder.class.getName());
        assertThat(descriptor.getDisplayName()).isEqualTo("SampleBuilder");
    }

    @Test
    void descriptorWithoutEnclosingClassFails() {
        assertThatThrownBy(TopLevelDescriptor::new)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no enclosing class");
    }

    @Test
    void descriptorOfWrongEnclosingClassFails() {
        assertThatThrownBy(NotABuilder.MisplacedDescriptor::new)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(NotABuilder.class.getName());
    }

    @Test
    void getDescriptorFindsRegisteredDescriptor() {
        SampleBuilder.DescriptorImpl descriptor = new SampleBuilder.DescriptorImpl();
        StandInJenkins.registerExtension(descriptor);

        assertThat(new SampleBuilder().getDescriptor()).isSameAs(descriptor);
        assertThat(Jenkins.get().getDescriptorByType(SampleBuilder.DescriptorImpl.class)).isSameAs(descriptor);
        assertThat(Jenkins.get().getDescriptorOrDie(SampleBuilder.class)).isSameAs(descriptor);
    }

    @Test
    void missingDescriptorFailsLikeJenkins() {
        assertThatThrownBy(() -> new SampleBuilder().getDescriptor())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing its descriptor");
        assertThat(Jenkins.get().getDescriptorByType(SampleBuilder.DescriptorImpl.class)).isNull();
    }

    @Test
    void loadAndSaveAreCounted() {
        SampleConfiguration configuration = new SampleConfiguration();
        configuration.setServer("plesk.invalid");
        configuration.setServer("plesk2.invalid");

        assertThat(StandInJenkins.loadCount(configuration)).isEqualTo(1);
        assertThat(StandInJenkins.saveCount(configuration)).isEqualTo(2);
        assertThat(StandInJenkins.saveCount(new SampleConfiguration())).isZero();
    }

    @Test
    void globalConfigurationIsItsOwnDescriptor() {
        SampleConfiguration configuration = new SampleConfiguration();
        StandInJenkins.registerExtension(configuration);

        assertThat(configuration.getDescriptor()).isSameAs(configuration);
        assertThat(configuration.clazz).isEqualTo(SampleConfiguration.class);
        assertThat(GlobalConfiguration.all()).containsExactly(configuration);
        assertThat(ExtensionList.lookupSingleton(SampleConfiguration.class)).isSameAs(configuration);
    }

    @Test
    void lookupSingletonRejectsMissingOrDuplicate() {
        assertThatThrownBy(() -> ExtensionList.lookupSingleton(SampleConfiguration.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 0");

        StandInJenkins.registerExtension(new SampleConfiguration());
        StandInJenkins.registerExtension(new SampleConfiguration());
        assertThatThrownBy(() -> ExtensionList.lookupSingleton(SampleConfiguration.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 2");
    }

    @Test
    void globalConfigurationBindsSubmittedForm() throws Exception {
        SampleConfiguration configuration = new SampleConfiguration();
        JSONObject form = JSONObject.fromObject("{\"server\": \"plesk.invalid\", \"port\": 8443}");
        assertThat(form.getString("server")).isEqualTo("plesk.invalid");
        assertThat(form.getInt("port")).isEqualTo(8443);
        List<Object> boundBeans = new ArrayList<>();
        StaplerRequest2 request = (StaplerRequest2) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaplerRequest2.class}, (proxy, method, args) -> {
                    if (method.getName().equals("bindJSON") && args.length == 2 && args[1] == form) {
                        boundBeans.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertThat(configuration.configure(request, form)).isTrue();
        assertThat(boundBeans).containsExactly(configuration);
    }

    /** A builder whose descriptor follows the nested {@code DescriptorImpl} convention. */
    public static class SampleBuilder extends Builder {
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
            @Override
            @SuppressWarnings("rawtypes")
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }
        }
    }

    /** A describable whose nested descriptor wrongly describes another type. */
    public static class NotABuilder implements Describable<NotABuilder> {
        public static final class MisplacedDescriptor extends BuildStepDescriptor<Builder> {
            @Override
            @SuppressWarnings("rawtypes")
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }
        }
    }

    /** A global configuration that loads in its constructor and saves in its setter, as plugins do. */
    public static class SampleConfiguration extends GlobalConfiguration {
        private String server;

        public SampleConfiguration() {
            load();
        }

        public void setServer(String server) {
            this.server = server;
            save();
        }

        public String getServer() {
            return server;
        }
    }
}

/** A descriptor that is not nested in the class it describes. */
class TopLevelDescriptor extends Descriptor<Builder> {
}
