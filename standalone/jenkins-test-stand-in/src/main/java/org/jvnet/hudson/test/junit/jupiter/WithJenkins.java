package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stand-in for {@code org.jvnet.hudson.test.junit.jupiter.WithJenkins} of jenkins-test-harness: gives each test
 * method, or each {@code @BeforeEach} method, that declares a {@code JenkinsRule} parameter a new Jenkins.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(JenkinsExtension.class)
public @interface WithJenkins {
}
