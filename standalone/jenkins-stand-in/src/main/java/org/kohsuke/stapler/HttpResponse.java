package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Stand-in for {@code org.kohsuke.stapler.HttpResponse} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: the deprecated {@code javax.servlet} overload of {@code generateResponse} is left out.
 */
public interface HttpResponse {
    /** Writes this object as the HTTP response. The stand-in serves no HTTP, so the default is unavailable. */
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
