package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import net.sf.json.JSONObject;

/**
 * Stand-in for {@code org.kohsuke.stapler.StaplerRequest2} of the Stapler release bundled with Jenkins core 2.528.3.
 *
 * <p>NOTE: only the {@code bindJSON} methods are present. The real interface has many more abstract methods that
 * need Stapler internals. The plugin must not implement this interface. Tests can create one with
 * {@link java.lang.reflect.Proxy}.
 */
public interface StaplerRequest2 extends HttpServletRequest {
    <T> T bindJSON(Class<T> type, JSONObject src);

    <T> T bindJSON(Type genericType, Class<T> erasure, Object json);

    void bindJSON(Object bean, JSONObject src);
}
