package org.kohsuke.stapler.verb;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.kohsuke.stapler.verb.POST} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: the real meta-annotation {@code @InterceptorAnnotation(value = HttpVerbInterceptor.class,
 * stage = Stage.SELECTION)} is left out. It matters only to Stapler at run time.
 */
@Target(METHOD)
@Retention(RUNTIME)
@Documented
public @interface POST {
}
