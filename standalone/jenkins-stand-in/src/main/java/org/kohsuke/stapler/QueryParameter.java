package org.kohsuke.stapler;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.kohsuke.stapler.QueryParameter} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: the real meta-annotation {@code @InjectedParameter(QueryParameter.HandlerImpl.class)} and the nested
 * handler are left out because they need Stapler internals. They matter only to Stapler at run time.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
