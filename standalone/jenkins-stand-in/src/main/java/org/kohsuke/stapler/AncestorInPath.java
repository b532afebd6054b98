package org.kohsuke.stapler;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.kohsuke.stapler.AncestorInPath} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: the real meta-annotation {@code @InjectedParameter(AncestorInPath.HandlerImpl.class)} is left out.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface AncestorInPath {
}
