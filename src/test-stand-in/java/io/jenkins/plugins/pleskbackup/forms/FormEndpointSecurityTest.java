package io.jenkins.plugins.pleskbackup.forms;

import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.KEY_CREDENTIALS_ID;
import static io.jenkins.plugins.pleskbackup.testing.StandInPlesk.LOGIN_CREDENTIALS_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskGlobalConfiguration;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.standin.StandInJenkins;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import io.jenkins.plugins.pleskbackup.testing.SshKeyCredentials;
import io.jenkins.plugins.pleskbackup.testing.StandInPlesk;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.verb.POST;
import org.springframework.security.access.AccessDeniedException;

/**
 * Permission checks of every form endpoint ({@code doCheck*}, {@code doFill*}, {@code doTestConnection}) of every
 * descriptor. Endpoints are found by reflection, so a new endpoint is covered without changing this test. The
 * current user is the stand-in's anonymous user, who has only the permissions a test grants.
 */
@Timeout(30)
class FormEndpointSecurityTest {

    /** A value that every {@code doCheck*} endpoint rejects when the user may configure. */
    private static final String INVALID_VALUE = "ftp://not valid";

    private Item job;

    @BeforeEach
    void setUp() {
        StandInJenkins.reset();
        StandInPlesk.registerPlugin();
        StandInPlesk.addAdminCredentials();
        StandInJenkins.addCredentials(new SshKeyCredentials("deploy-ssh"));
        PleskServer prod = new PleskServer("prod", "https://plesk.invalid:8443", KEY_CREDENTIALS_ID);
        PleskServer staging = new PleskServer("staging", "https://staging.invalid:8443", KEY_CREDENTIALS_ID);
        StandInPlesk.configure(prod, staging);
        job = StandInJenkins.newItem("backups/nightly", Item.READ);
        StandInJenkins.addCredentials(job, StandInJenkins.secretText("job-key", "Sk-job-only"));
    }

    static Stream<Descriptor<?>> descriptors() {
        return Stream.of(new PleskServer.DescriptorImpl(), new PleskBackupStatusStep.DescriptorImpl(),
                new StartPleskBackupStep.DescriptorImpl(), new WaitForPleskBackupStep.DescriptorImpl(),
                new PleskBackupStatusBuilder.DescriptorImpl(), new WaitForPleskBackupBuilder.DescriptorImpl(),
                new PleskGlobalConfiguration());
    }

    static Stream<Descriptor<?>> itemDescriptors() {
        return descriptors().filter(descriptor -> !(descriptor instanceof PleskServer.DescriptorImpl)
                && !(descriptor instanceof PleskGlobalConfiguration));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void everyEndpointIsPostOnly(Descriptor<?> descriptor) {
        for (Method endpoint : endpoints(descriptor)) {
            assertThat(endpoint.isAnnotationPresent(POST.class))
                    .as("%s.%s is annotated with @POST", descriptor.getClass().getName(), endpoint.getName())
                    .isTrue();
        }
    }

    @Test
    void descriptorsHaveEndpoints() {
        for (Descriptor<?> descriptor : itemDescriptors().toList()) {
            assertThat(endpoints(descriptor)).extracting(Method::getName)
                    .as("endpoints of %s", descriptor.getClass().getName())
                    .contains("doFillServerNameItems", "doFillCredentialsIdItems", "doCheckUrl");
        }
        assertThat(endpoints(new PleskServer.DescriptorImpl())).hasSize(13);
    }

    @Test
    void globalChecksNeedAdminister() throws Exception {
        PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();
        List<Method> checks = endpoints(descriptor).stream()
                .filter(method -> method.getName().startsWith("doCheck") || method.getName().equals("doTestConnection"))
                .toList();

        assertThat(checks).hasSize(11);
        for (Method check : checks) {
            Throwable failure = catchThrowable(() -> invoke(descriptor, check, null, INVALID_VALUE));
            assertThat(failure).as(check.getName()).isInstanceOf(AccessDeniedException.class);
            assertThat(failure.getMessage()).as(check.getName()).contains("Administer");
        }
    }

    @Test
    void testConnectionWithoutAdministerSendsNothing() throws Exception {
        try (PleskSimulator simulator = StandInPlesk.simulator(new ManualClock(StandInPlesk.START)).start()) {
            PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();

            Throwable failure = catchThrowable(() -> descriptor.doTestConnection("prod",
                    simulator.endpoint().toString(), KEY_CREDENTIALS_ID, "TRUST_STORE", null, "1.6.9.0", "5", "5"));

            assertThat(failure).isInstanceOf(AccessDeniedException.class);
            assertThat(simulator.requests()).isEmpty();
        }
    }

    @Test
    void globalListsWithoutAdministerShowCurrent() {
        PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();

        ListBoxModel credentials = descriptor.doFillCredentialsIdItems("https://plesk.invalid", KEY_CREDENTIALS_ID);
        ListBoxModel tlsModes = descriptor.doFillTlsVerificationItems("TRUST_STORE");

        assertThat(values(credentials)).containsExactly(KEY_CREDENTIALS_ID);
        assertThat(tlsModes).isEmpty();
    }

    @Test
    void globalListsWithAdminister() {
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();

        ListBoxModel credentials = descriptor.doFillCredentialsIdItems("https://plesk.invalid", "");
        ListBoxModel tlsModes = descriptor.doFillTlsVerificationItems("PINNED_CERTIFICATE");

        assertThat(values(credentials)).containsExactlyInAnyOrder("", KEY_CREDENTIALS_ID, LOGIN_CREDENTIALS_ID);
        assertThat(values(tlsModes)).containsExactly("TRUST_STORE", "PINNED_CERTIFICATE", "SKIP_VERIFICATION");
        assertThat(tlsModes).filteredOn(option -> option.selected).extracting(option -> option.value)
                .containsExactly("PINNED_CERTIFICATE");
    }

    @Test
    void globalChecksWithAdminister() {
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        PleskServer.DescriptorImpl descriptor = new PleskServer.DescriptorImpl();

        assertThat(descriptor.doCheckName("prod").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckName("prod server").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckUrl("http://plesk.invalid").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckUrl("plesk.invalid").getMessage())
                .isEqualTo("Requests go to https://plesk.invalid:8443/enterprise/control/agent.php");
        assertThat(descriptor.doCheckCredentialsId(KEY_CREDENTIALS_ID).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckCredentialsId("deploy-ssh").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckTlsVerification("SKIP_VERIFICATION").kind)
                .isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckCertificateFingerprint("", "PINNED_CERTIFICATE").kind)
                .isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckProtocolVersion("1.6.9.1").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckProtocolVersion("1.6.9.0").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckConnectTimeoutSeconds("0").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void itemChecksWithoutConfigurePass(Descriptor<?> descriptor) throws Exception {
        StandInJenkins.newItem("backups/nightly", Item.EXTENDED_READ, CredentialsProvider.USE_ITEM);

        for (Method check : checks(descriptor)) {
            FormValidation result = (FormValidation) invoke(descriptor, check, job, INVALID_VALUE);
            assertThat(result.kind).as(check.getName()).isEqualTo(FormValidation.Kind.OK);
            assertThat(result.getMessage()).as(check.getName()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void itemChecksWithConfigureReject(Descriptor<?> descriptor) throws Exception {
        StandInJenkins.newItem("backups/nightly", Item.CONFIGURE);

        for (Method check : checks(descriptor)) {
            FormValidation result = (FormValidation) invoke(descriptor, check, job, INVALID_VALUE);
            assertThat(result.kind).as(check.getName()).isEqualTo(FormValidation.Kind.ERROR);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void itemListsWithReadOnlyShowCurrent(Descriptor<?> descriptor) throws Exception {
        StandInJenkins.newItem("backups/nightly", Item.READ);

        for (Method fill : fills(descriptor)) {
            ListBoxModel options = (ListBoxModel) invoke(descriptor, fill, job, "prod");
            assertThat(values(options)).as(fill.getName()).isSubsetOf("prod");
        }
        assertThat(values(fillCredentials(descriptor, job, KEY_CREDENTIALS_ID))).containsExactly(KEY_CREDENTIALS_ID);
        assertThat(values(fillCredentials(descriptor, job, ""))).containsExactly("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void credentialListWithExtendedReadOrUseItem(Descriptor<?> descriptor) throws Exception {
        StandInJenkins.newItem("backups/nightly", Item.EXTENDED_READ, CredentialsProvider.USE_ITEM);

        for (Method fill : fills(descriptor)) {
            ListBoxModel options = (ListBoxModel) invoke(descriptor, fill, job, "prod");
            assertThat(values(options)).as(fill.getName()).isSubsetOf("prod");
        }
        assertThat(values(fillCredentials(descriptor, job, "")))
                .containsExactlyInAnyOrder("", KEY_CREDENTIALS_ID, LOGIN_CREDENTIALS_ID, "job-key");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void itemListsWithConfigure(Descriptor<?> descriptor) throws Exception {
        StandInJenkins.newItem("backups/nightly", Item.CONFIGURE);
        Item otherJob = StandInJenkins.newItem("web/deploy", Item.CONFIGURE);

        assertThat(values(fillCredentials(descriptor, job, "")))
                .containsExactlyInAnyOrder("", KEY_CREDENTIALS_ID, LOGIN_CREDENTIALS_ID, "job-key");
        assertThat(values(fillCredentials(descriptor, otherJob, "")))
                .containsExactlyInAnyOrder("", KEY_CREDENTIALS_ID, LOGIN_CREDENTIALS_ID);
        Method fillServerNames = descriptor.getClass().getMethod("doFillServerNameItems", Item.class, String.class);
        assertThat(values((ListBoxModel) fillServerNames.invoke(descriptor, job, "")))
                .containsExactly("", "prod", "staging");
        for (Method fill : fills(descriptor)) {
            assertThat((ListBoxModel) invoke(descriptor, fill, job, "")).as(fill.getName()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDescriptors")
    void rootContextNeedsAdminister(Descriptor<?> descriptor) throws Exception {
        List<String> withoutPermission = values(fillCredentials(descriptor, null, ""));
        StandInJenkins.grantGlobal(Jenkins.ADMINISTER);
        List<String> withAdminister = values(fillCredentials(descriptor, null, ""));

        assertThat(withoutPermission).containsExactly("");
        assertThat(withAdminister).containsExactlyInAnyOrder("", KEY_CREDENTIALS_ID, LOGIN_CREDENTIALS_ID);
    }

    /** Returns the public {@code do*} web methods that the plugin declares, in name order. */
    private static List<Method> endpoints(Descriptor<?> descriptor) {
        return Arrays.stream(descriptor.getClass().getMethods())
                .filter(method -> method.getName().matches("do[A-Z].*"))
                .filter(method -> method.getDeclaringClass().getName().startsWith("io.jenkins.plugins.pleskbackup."))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static List<Method> checks(Descriptor<?> descriptor) {
        return endpoints(descriptor).stream().filter(method -> method.getName().startsWith("doCheck")).toList();
    }

    /** Returns the list endpoints other than the credentials list, which the tests check on their own. */
    private static List<Method> fills(Descriptor<?> descriptor) {
        return endpoints(descriptor).stream()
                .filter(method -> method.getName().startsWith("doFill"))
                .filter(method -> !method.getName().equals("doFillCredentialsIdItems"))
                .toList();
    }

    private static ListBoxModel fillCredentials(Descriptor<?> descriptor, Item item, String current)
            throws ReflectiveOperationException {
        Method fill = descriptor.getClass().getMethod("doFillCredentialsIdItems", Item.class, String.class,
                String.class, String.class);
        return (ListBoxModel) fill.invoke(descriptor, item, "https://plesk.invalid", "", current);
    }

    /** Calls an endpoint with the item for {@code @AncestorInPath} and {@code value} for every text parameter. */
    private static Object invoke(Object descriptor, Method endpoint, Item item, String value) throws Exception {
        List<Object> arguments = new ArrayList<>();
        for (Parameter parameter : endpoint.getParameters()) {
            if (parameter.isAnnotationPresent(AncestorInPath.class)) {
                arguments.add(item);
            } else if (parameter.getType() == String.class) {
                arguments.add(value);
            } else {
                throw new AssertionError("Unexpected parameter " + parameter + " of " + endpoint);
            }
        }
        try {
            return endpoint.invoke(descriptor, arguments.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
