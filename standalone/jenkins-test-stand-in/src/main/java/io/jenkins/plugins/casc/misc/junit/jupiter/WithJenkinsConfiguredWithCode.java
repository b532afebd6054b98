package io.jenkins.plugins.casc.misc.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode} of the
 * configuration-as-code test harness: gives each test method that declares a {@code JenkinsConfiguredWithCodeRule}
 * parameter a new Jenkins configured from the method's {@code ConfiguredWithCode} files.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(JenkinsConfiguredWithCodeExtension.class)
public @interface WithJenkinsConfiguredWithCode {
}
