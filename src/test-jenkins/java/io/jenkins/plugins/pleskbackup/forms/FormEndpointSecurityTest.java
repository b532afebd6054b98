package io.jenkins.plugins.pleskbackup.forms;

import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.FILE_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.KEY_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.LOGIN_ID;
import static io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup.SERVER_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Descriptor;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.pleskbackup.builders.PleskBackupStatusBuilder;
import io.jenkins.plugins.pleskbackup.builders.PleskServerBuilder;
import io.jenkins.plugins.pleskbackup.builders.WaitForPleskBackupBuilder;
import io.jenkins.plugins.pleskbackup.config.PleskServer;
import io.jenkins.plugins.pleskbackup.simulator.ManualClock;
import io.jenkins.plugins.pleskbackup.simulator.PleskSimulator;
import io.jenkins.plugins.pleskbackup.steps.PleskBackupStatusStep;
import io.jenkins.plugins.pleskbackup.steps.PleskServerStep;
import io.jenkins.plugins.pleskbackup.steps.StartPleskBackupStep;
import io.jenkins.plugins.pleskbackup.steps.WaitForPleskBackupStep;
import io.jenkins.plugins.pleskbackup.testing.JenkinsTestSetup;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Permission checks of every form endpoint ({@code doFill*}, {@code doCheck*}, {@code doTestConnection}) of every
 * descriptor of the plugin, one test per endpoint, called as three users:
 *
 * <ul>
 *   <li>{@value #READER} has Overall/Read only;
 *   <li>{@value #CONFIGURER} also has Item/Read and Item/Configure on the job {@code job};
 *   <li>{@value #ADMIN} has Overall/Administer.
 * </ul>
 *
 * <p>Endpoints of the global configuration reject everybody but administrators. Endpoints of steps and build steps
 * reveal nothing to users who may not configure the job: checks return "ok", credential lists contain only the value
 * already selected, and other lists are empty.
 */
@WithJenkins
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FormEndpointSecurityTest {

    static final String READER = "reader";
    static final String CONFIGURER = "configurer";
    static final String ADMIN = "admin";

    private JenkinsRule j;
    private PleskSimulator plesk;
    private FreeStyleProject job;

    @BeforeEach
    void startJenkinsWithSecurity(JenkinsRule rule) throws Exception {
        j = rule;
        plesk = JenkinsTestSetup.demoSimulator(new ManualClock(JenkinsTestSetup.CLOCK_START)).start();
        JenkinsTestSetup.addGlobalCredentials();
        JenkinsTestSetup.addServer(SERVER_NAME, plesk, KEY_ID);
        job = j.createFreeStyleProject("job");

        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(ADMIN)
                .grant(Jenkins.READ).everywhere().to(READER, CONFIGURER)
                .grant(Item.READ, Item.CONFIGURE).onItems(job).to(CONFIGURER));
    }

    @AfterEach
    void stopPlesk() {
        if (plesk != null) {
            plesk.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void endpointRevealsOnlyToPermittedUsers(Endpoint endpoint) throws Exception {
        endpoint.check().verify(this);
    }

    /**
     * Over HTTP, a GET of {@code testConnection} must not run the connection test. Stapler skips a {@code @POST} web
     * method for other verbs and responds with 404 unless another route matches, so a 405 is accepted as well.
     */
    @Test
    void testConnectionRejectsGet() throws Exception {
        j.jenkins.setAuthorizationStrategy(
                new MockAuthorizationStrategy().grant(Jenkins.ADMINISTER).everywhere().toEveryone());
        URI endpoint = j.getURL().toURI()
                .resolve("descriptorByName/" + PleskServer.class.getName() + "/testConnection");
        List<NameValuePair> parameters = List.of(
                new NameValuePair("name", SERVER_NAME),
                new NameValuePair("url", plesk.endpoint().toString()),
                new NameValuePair("credentialsId", KEY_ID));
        JenkinsRule.WebClient web = j.createWebClient();
        web.setThrowExceptionOnFailingStatusCode(false);

        String query = parameters.stream()
                .map(p -> p.getName() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
        Page get = web.getPage(new WebRequest(URI.create(endpoint + query).toURL(), HttpMethod.GET));

        assertThat(get.getWebResponse().getStatusCode()).isIn(404, 405);
        assertThat(plesk.requests()).as("requests a GET caused").isEmpty();

        WebRequest post = new WebRequest(endpoint.toURL(), HttpMethod.POST);
        post.setRequestParameters(parameters);
        web.addCrumb(post);
        Page postPage = web.getPage(post);

        assertThat(postPage.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(postPage.getWebResponse().getContentAsString()).contains("get-tasks-info answered");
        assertThat(JenkinsTestSetup.countRequests(plesk, "get-tasks-info")).isEqualTo(1);
    }

    /**
     * Returns the endpoint cases, named {@code Owner.DescriptorImpl#method}. {@link WebMethodTest} checks that they
     * cover every web method.
     */
    static Stream<Endpoint> endpoints() {
        return Stream.of(
                globalEndpoints(),
                stepServerEndpoints(PleskBackupStatusStep.DescriptorImpl.class),
                statusFilterEndpoints(PleskBackupStatusStep.DescriptorImpl.class),
                Stream.of(
                        itemCheck(PleskBackupStatusStep.DescriptorImpl.class, "doCheckTaskId",
                                (d, item) -> d.doCheckTaskId(item, "latest"),
                                error("Plesk task ids are whole numbers")),
                        itemCheck(PleskBackupStatusStep.DescriptorImpl.class, "doCheckRequire",
                                (d, item) -> d.doCheckRequire(item, "done"),
                                error("is not a Plesk backup task status"))),
                stepServerEndpoints(StartPleskBackupStep.DescriptorImpl.class),
                Stream.of(
                        itemCheck(StartPleskBackupStep.DescriptorImpl.class, "doCheckCustomerId",
                                (d, item) -> d.doCheckCustomerId(item, "seven"), error(INVALID_ID)),
                        itemCheck(StartPleskBackupStep.DescriptorImpl.class, "doCheckResellerId",
                                (d, item) -> d.doCheckResellerId(item, "0"), error(INVALID_ID)),
                        itemCheck(StartPleskBackupStep.DescriptorImpl.class, "doCheckWebspaceId",
                                (d, item) -> d.doCheckWebspaceId(item, "-4"), error(INVALID_ID)),
                        itemFill(StartPleskBackupStep.DescriptorImpl.class, "doFillStorageItems",
                                (d, item) -> d.doFillStorageItems(item), List.of(),
                                values -> assertThat(values).containsExactly("local", "ftp")),
                        itemFill(StartPleskBackupStep.DescriptorImpl.class, "doFillContentItems",
                                (d, item) -> d.doFillContentItems(item), List.of(),
                                values -> assertThat(values).containsExactly("all", "hosting", "mail")),
                        itemCheck(StartPleskBackupStep.DescriptorImpl.class, "doCheckSplitSize",
                                (d, item) -> d.doCheckSplitSize(item, "-3"), error(""))),
                stepServerEndpoints(WaitForPleskBackupStep.DescriptorImpl.class),
                Stream.of(
                        itemCheck(WaitForPleskBackupStep.DescriptorImpl.class, "doCheckTaskId",
                                (d, item) -> d.doCheckTaskId(item, ""), error("The task id is required")),
                        itemCheck(WaitForPleskBackupStep.DescriptorImpl.class, "doCheckTimeout",
                                (d, item) -> d.doCheckTimeout(item, "0s"), error("longer than zero")),
                        itemCheck(WaitForPleskBackupStep.DescriptorImpl.class, "doCheckMaxPollInterval",
                                (d, item) -> d.doCheckMaxPollInterval(item, "soon"), error("is not a duration")),
                        itemFill(WaitForPleskBackupStep.DescriptorImpl.class, "doFillFailureResultItems",
                                (d, item) -> d.doFillFailureResultItems(item), List.of(), UNSUCCESSFUL_RESULTS),
                        itemFill(WaitForPleskBackupStep.DescriptorImpl.class, "doFillTimeoutResultItems",
                                (d, item) -> d.doFillTimeoutResultItems(item), List.of(), UNSUCCESSFUL_RESULTS)),
                builderServerEndpoints(PleskBackupStatusBuilder.DescriptorImpl.class),
                Stream.of(
                        itemCheck(PleskBackupStatusBuilder.DescriptorImpl.class, "doCheckTaskId",
                                (d, item) -> d.doCheckTaskId(item, "latest"),
                                error("Plesk task ids are whole numbers")),
                        itemCheck(PleskBackupStatusBuilder.DescriptorImpl.class, "doCheckCustomerId",
                                (d, item) -> d.doCheckCustomerId(item, "seven"), error(INVALID_ID)),
                        itemCheck(PleskBackupStatusBuilder.DescriptorImpl.class, "doCheckResellerId",
                                (d, item) -> d.doCheckResellerId(item, "0"), error(INVALID_ID)),
                        itemCheck(PleskBackupStatusBuilder.DescriptorImpl.class, "doCheckWebspaceId",
                                (d, item) -> d.doCheckWebspaceId(item, "-4"), error(INVALID_ID)),
                        itemCheck(PleskBackupStatusBuilder.DescriptorImpl.class, "doCheckRequire",
                                (d, item) -> d.doCheckRequire(item, "done"),
                                error("is not a Plesk backup task status"))),
                builderServerEndpoints(WaitForPleskBackupBuilder.DescriptorImpl.class),
                Stream.of(
                        itemCheck(WaitForPleskBackupBuilder.DescriptorImpl.class, "doCheckTaskId",
                                (d, item) -> d.doCheckTaskId(item, ""), error("The task id is required")),
                        itemCheck(WaitForPleskBackupBuilder.DescriptorImpl.class, "doCheckTimeout",
                                (d, item) -> d.doCheckTimeout(item, "0s"), error("longer than zero")),
                        itemCheck(WaitForPleskBackupBuilder.DescriptorImpl.class, "doCheckMaxPollInterval",
                                (d, item) -> d.doCheckMaxPollInterval(item, "soon"), error("is not a duration")),
                        itemFill(WaitForPleskBackupBuilder.DescriptorImpl.class, "doFillFailureResultItems",
                                (d, item) -> d.doFillFailureResultItems(item), List.of(), UNSUCCESSFUL_RESULTS),
                        itemFill(WaitForPleskBackupBuilder.DescriptorImpl.class, "doFillTimeoutResultItems",
                                (d, item) -> d.doFillTimeoutResultItems(item), List.of(), UNSUCCESSFUL_RESULTS)))
                .flatMap(Function.identity());
    }

    private static final String INVALID_ID = "is not valid: Plesk ids are positive whole numbers";

    private static final Consumer<List<String>> UNSUCCESSFUL_RESULTS =
            values -> assertThat(values).containsExactly("FAILURE", "UNSTABLE");

    private static Stream<Endpoint> globalEndpoints() {
        return Stream.of(
                globalCheck("doCheckName", d -> d.doCheckName("bad name!"), error("is not a valid server name")),
                globalCheck("doCheckUrl", d -> d.doCheckUrl("ftp://plesk.invalid"),
                        error("only https and http are supported")),
                globalCheck("doCheckCredentialsId", d -> d.doCheckCredentialsId("no-such-credentials"),
                        error("No credentials with id")),
                globalFill("doFillCredentialsIdItems", d -> d.doFillCredentialsIdItems("", KEY_ID), List.of(KEY_ID),
                        values -> assertThat(values).contains(KEY_ID, LOGIN_ID).doesNotContain(FILE_ID)),
                globalCheck("doCheckCertificateFingerprint",
                        d -> d.doCheckCertificateFingerprint("12:34", "PINNED_CERTIFICATE"),
                        error("is not a SHA-256 certificate fingerprint")),
                globalFill("doFillTlsVerificationItems", d -> d.doFillTlsVerificationItems("PINNED_CERTIFICATE"),
                        List.of(), values -> assertThat(values)
                                .containsExactly("TRUST_STORE", "PINNED_CERTIFICATE", "SKIP_VERIFICATION")),
                globalCheck("doCheckTlsVerification", d -> d.doCheckTlsVerification("SKIP_VERIFICATION"),
                        validation -> assertThat(validation.kind).isEqualTo(FormValidation.Kind.WARNING)),
                globalCheck("doCheckProtocolVersion", d -> d.doCheckProtocolVersion("abc"),
                        error("give it as Plesk does")),
                globalCheck("doCheckConnectTimeoutSeconds", d -> d.doCheckConnectTimeoutSeconds("-1"), error("")),
                globalCheck("doCheckReadTimeoutSeconds", d -> d.doCheckReadTimeoutSeconds("0"), error("")),
                globalCheck("doCheckWaitTimeoutMinutes", d -> d.doCheckWaitTimeoutMinutes("never"), error("")),
                globalCheck("doCheckMaxPollIntervalSeconds", d -> d.doCheckMaxPollIntervalSeconds("-5"), error("")),
                new Endpoint(name(PleskServer.DescriptorImpl.class, "doTestConnection"), test -> {
                    PleskServer.DescriptorImpl descriptor = test.descriptor(PleskServer.DescriptorImpl.class);
                    Callable<FormValidation> connectionTest = () -> descriptor.doTestConnection(SERVER_NAME,
                            test.plesk.endpoint().toString(), KEY_ID, "TRUST_STORE", null, "1.6.9.0", "10", "60");
                    for (String user : List.of(READER, CONFIGURER)) {
                        assertThatThrownBy(() -> test.as(user, connectionTest)).as(user)
                                .isInstanceOf(AccessDeniedException3.class);
                    }
                    assertThat(test.plesk.requests()).as("requests of rejected connection tests").isEmpty();

                    FormValidation result = test.as(ADMIN, connectionTest);
                    assertThat(result.kind).isNotEqualTo(FormValidation.Kind.ERROR);
                    assertThat(result.renderHtml()).contains("get-tasks-info answered");
                }));
    }

    /**
     * Returns the cases of the server fields that every step descriptor inherits from
     * {@link PleskServerStep.PleskServerStepDescriptor}.
     */
    private static <D extends PleskServerStep.PleskServerStepDescriptor> Stream<Endpoint> stepServerEndpoints(
            Class<D> type) {
        return Stream.of(
                itemFill(type, "doFillServerNameItems", (d, item) -> d.doFillServerNameItems(item, SERVER_NAME),
                        List.of(SERVER_NAME), values -> assertThat(values).containsExactly("", SERVER_NAME)),
                itemCheck(type, "doCheckServerName", (d, item) -> d.doCheckServerName(item, "missing", ""),
                        error("No Plesk server named")),
                itemCheck(type, "doCheckUrl", (d, item) -> d.doCheckUrl(item, "ftp://plesk.invalid"),
                        error("only https and http are supported")),
                itemFill(type, "doFillCredentialsIdItems",
                        (d, item) -> d.doFillCredentialsIdItems(item, "", SERVER_NAME, KEY_ID), List.of(KEY_ID),
                        values -> assertThat(values).contains(KEY_ID, LOGIN_ID).doesNotContain(FILE_ID)),
                itemCheck(type, "doCheckCertificateFingerprint",
                        (d, item) -> d.doCheckCertificateFingerprint(item, "12:34"),
                        error("is not a SHA-256 certificate fingerprint")));
    }

    /**
     * Returns the cases of the server fields that every build step descriptor inherits from
     * {@link PleskServerBuilder.PleskServerBuilderDescriptor}.
     */
    private static <D extends PleskServerBuilder.PleskServerBuilderDescriptor> Stream<Endpoint> builderServerEndpoints(
            Class<D> type) {
        return Stream.of(
                itemFill(type, "doFillServerNameItems", (d, item) -> d.doFillServerNameItems(item, SERVER_NAME),
                        List.of(SERVER_NAME), values -> assertThat(values).containsExactly("", SERVER_NAME)),
                itemCheck(type, "doCheckServerName", (d, item) -> d.doCheckServerName(item, "missing", ""),
                        error("No Plesk server named")),
                itemCheck(type, "doCheckUrl", (d, item) -> d.doCheckUrl(item, "ftp://plesk.invalid"),
                        error("only https and http are supported")),
                itemFill(type, "doFillCredentialsIdItems",
                        (d, item) -> d.doFillCredentialsIdItems(item, "", SERVER_NAME, KEY_ID), List.of(KEY_ID),
                        values -> assertThat(values).contains(KEY_ID, LOGIN_ID).doesNotContain(FILE_ID)),
                itemCheck(type, "doCheckCertificateFingerprint",
                        (d, item) -> d.doCheckCertificateFingerprint(item, "12:34"),
                        error("is not a SHA-256 certificate fingerprint")));
    }

    /** Returns the cases of the status step's id filters. */
    private static Stream<Endpoint> statusFilterEndpoints(Class<PleskBackupStatusStep.DescriptorImpl> type) {
        return Stream.of(
                itemCheck(type, "doCheckCustomerId", (d, item) -> d.doCheckCustomerId(item, "seven"),
                        error(INVALID_ID)),
                itemCheck(type, "doCheckResellerId", (d, item) -> d.doCheckResellerId(item, "0"), error(INVALID_ID)),
                itemCheck(type, "doCheckWebspaceId", (d, item) -> d.doCheckWebspaceId(item, "-4"),
                        error(INVALID_ID)));
    }

    /** A check of the global configuration: denied to all but administrators, who get the real result. */
    private static Endpoint globalCheck(String method, Function<PleskServer.DescriptorImpl, FormValidation> call,
            Consumer<FormValidation> adminResult) {
        return new Endpoint(name(PleskServer.DescriptorImpl.class, method), test -> {
            PleskServer.DescriptorImpl descriptor = test.descriptor(PleskServer.DescriptorImpl.class);
            for (String user : List.of(READER, CONFIGURER)) {
                assertThatThrownBy(() -> test.as(user, () -> call.apply(descriptor))).as(user)
                        .isInstanceOf(AccessDeniedException3.class);
            }
            adminResult.accept(test.as(ADMIN, () -> call.apply(descriptor)));
        });
    }

    /** A list of the global configuration: restricted values, at most the current one, for all but administrators. */
    private static Endpoint globalFill(String method, Function<PleskServer.DescriptorImpl, ListBoxModel> call,
            List<String> restrictedValues, Consumer<List<String>> adminValues) {
        return new Endpoint(name(PleskServer.DescriptorImpl.class, method), test -> {
            PleskServer.DescriptorImpl descriptor = test.descriptor(PleskServer.DescriptorImpl.class);
            for (String user : List.of(READER, CONFIGURER)) {
                assertThat(values(test.as(user, () -> call.apply(descriptor)))).as(user)
                        .containsExactlyElementsOf(restrictedValues);
            }
            adminValues.accept(values(test.as(ADMIN, () -> call.apply(descriptor))));
        });
    }

    /** A check of a step or build step field: "ok" for the reader, the real result for the configurer. */
    private static <D extends Descriptor<?>> Endpoint itemCheck(Class<D> type, String method,
            BiFunction<D, Item, FormValidation> call, Consumer<FormValidation> configurerResult) {
        return new Endpoint(name(type, method), test -> {
            D descriptor = test.descriptor(type);
            FormValidation readerResult = test.as(READER, () -> call.apply(descriptor, test.job));
            assertThat(readerResult).as("what " + READER + " gets").isSameAs(FormValidation.ok());
            configurerResult.accept(test.as(CONFIGURER, () -> call.apply(descriptor, test.job)));
        });
    }

    /** A list of a step or build step field: restricted values for the reader, all for the configurer. */
    private static <D extends Descriptor<?>> Endpoint itemFill(Class<D> type, String method,
            BiFunction<D, Item, ListBoxModel> call, List<String> readerValues,
            Consumer<List<String>> configurerValues) {
        return new Endpoint(name(type, method), test -> {
            D descriptor = test.descriptor(type);
            assertThat(values(test.as(READER, () -> call.apply(descriptor, test.job)))).as("what " + READER + " gets")
                    .containsExactlyElementsOf(readerValues);
            configurerValues.accept(values(test.as(CONFIGURER, () -> call.apply(descriptor, test.job))));
        });
    }

    /** Expects an error whose message contains the text; an empty text only checks the kind. */
    private static Consumer<FormValidation> error(String text) {
        return validation -> {
            assertThat(validation.kind).as("kind of " + validation.getMessage()).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(validation.getMessage()).contains(text);
        };
    }

    /** Names an endpoint as {@code PleskServer.DescriptorImpl#doCheckName}. */
    static String name(Class<?> descriptorType, String method) {
        return descriptorType.getEnclosingClass().getSimpleName() + "." + descriptorType.getSimpleName() + "#"
                + method;
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).collect(Collectors.toList());
    }

    private <D extends Descriptor<?>> D descriptor(Class<D> type) {
        D descriptor = j.jenkins.getDescriptorByType(type);
        assertThat(descriptor).as("registered " + type.getName()).isNotNull();
        return descriptor;
    }

    /** Calls the endpoint as the user, as Stapler would for a request of that user. */
    @SuppressWarnings("try")
    private <T> T as(String user, Callable<T> call) throws Exception {
        try (ACLContext ignored = ACL.as2(User.getById(user, true).impersonate2())) {
            return call.call();
        }
    }

    /** The permission checks of one form endpoint. */
    record Endpoint(String name, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Calls an endpoint as the test's users and checks what each gets. */
    @FunctionalInterface
    interface Check {
        void verify(FormEndpointSecurityTest test) throws Exception;
    }
}
