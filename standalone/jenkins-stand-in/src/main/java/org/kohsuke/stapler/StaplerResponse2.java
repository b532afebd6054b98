package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in for {@code org.kohsuke.stapler.StaplerResponse2} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: the real interface's own methods are left out. The type is present only as a parameter type.
 */
public interface StaplerResponse2 extends HttpServletResponse {
}
