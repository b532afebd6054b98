package org.jvnet.hudson.test;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import hudson.tasks.Builder;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import org.htmlunit.WebRequest;

/**
 * Stand-in for {@code org.jvnet.hudson.test.JenkinsRule} of jenkins-test-harness: a Jenkins instance for one test,
 * with helpers to create jobs, run builds, read logs and submit configuration forms.
 *
 * <p>NOTE: the real class implements JUnit 4's {@code TestRule} and {@code MethodRule} and Jenkins'
 * {@code RootAction}, and has many more helpers (agents, other {@code configRoundtrip} overloads, the generic
 * {@code buildAndAssertSuccess} for parameterized jobs). Only the members the tests in {@code src/test-jenkins} use
 * are here.
 */
@SuppressWarnings("rawtypes")
public class JenkinsRule {
    /** The Jenkins instance under test. */
    public Jenkins jenkins;

    /** Creates a top-level item, such as a Pipeline job or a folder, of the given type. */
    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public FreeStyleProject createFreeStyleProject(String name) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Creates a security realm that accepts every user whose password equals the user name. */
    public DummySecurityRealm createDummySecurityRealm() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Returns the URL of the Jenkins root page, ending with a slash. */
    public URL getURL() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Loads the system configuration page and submits it unchanged. */
    public void configRoundtrip() throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Loads the configuration page of an item and submits it unchanged. */
    public <P extends Item> P configRoundtrip(P job) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Adds the builder to a new freestyle job, submits the job's configuration page and returns the new builder. */
    public <B extends Builder> B configRoundtrip(B before) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public <R extends Run> R assertBuildStatus(Result status, Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public FreeStyleBuild buildAndAssertSuccess(FreeStyleProject job) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public void assertLogContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public void assertLogNotContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Returns the whole build log as plain text. */
    public static String getLog(Run run) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Waits until the build has finished. */
    public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Waits until the build log contains the message; fails if the build ends without it. */
    public <R extends Run<?, ?>> R waitForMessage(String message, R r) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Asserts that two objects have equal data-bound constructor parameters and setter properties. */
    public void assertEqualDataBoundBeans(Object lhs, Object rhs) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public WebClient createWebClient() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /**
     * Stand-in for {@code JenkinsRule.WebClient}: an HtmlUnit browser for the Jenkins under test.
     *
     * <p>NOTE: only the members the tests use are here; the real class has many more.
     */
    public class WebClient extends org.htmlunit.WebClient {
        private static final long serialVersionUID = 1L;

        public WebClient() {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        /** Chooses whether a response with an error status throws instead of being returned. */
        public void setThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }

        /** Adds the CSRF crumb to the request parameters, replacing none of the others. */
        public WebRequest addCrumb(WebRequest req) {
            throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
        }
    }

    /** Stand-in for {@code JenkinsRule.DummySecurityRealm}: users whose password is their name. */
    public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
        DummySecurityRealm() {
        }
    }
}
