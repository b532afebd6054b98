package org.jenkinsci;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.jenkinsci.Symbol} of {@code org.jenkins-ci:symbol-annotation}, the version bundled with
 * Jenkins core 2.528.3.
 *
 * <p>NOTE: the real meta-annotation {@code @org.jvnet.hudson.annotation_indexer.Indexed} is left out because
 * Maven Central has only an old annotation-indexer (1.4). The plugin built by the real POM compiles against the
 * real annotation, so its index is unaffected.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Documented
public @interface Symbol {
    String[] value() default {};
}
