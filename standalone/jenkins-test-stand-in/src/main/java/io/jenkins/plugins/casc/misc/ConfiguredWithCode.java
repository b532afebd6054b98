package io.jenkins.plugins.casc.misc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.misc.ConfiguredWithCode} of the configuration-as-code test harness:
 * the YAML files, resources next to the test class, that configure Jenkins before the test.
 *
 * <p>NOTE: the elements {@code expected} and {@code message} are left out; the default of {@code expected} is
 * JUnit 4's {@code Test.None}.
 */
@Target({METHOD, FIELD})
@Retention(RUNTIME)
public @interface ConfiguredWithCode {
    String[] value();
}
