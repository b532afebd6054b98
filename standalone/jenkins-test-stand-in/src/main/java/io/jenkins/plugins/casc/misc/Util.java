package io.jenkins.plugins.casc.misc;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import java.io.IOException;
import java.net.URISyntaxException;

/**
 * Stand-in for {@code io.jenkins.plugins.casc.misc.Util} of the configuration-as-code test harness: export helpers.
 *
 * <p>NOTE: the roots other than {@code unclassified}, the schema helpers and the log assertions are left out.
 */
public class Util {
    /** Returns the exported {@code unclassified} section, with one entry per global configuration. */
    public static Mapping getUnclassifiedRoot(ConfigurationContext context) throws Exception {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Writes a configuration node as YAML, the way an export writes it. */
    public static String toYamlString(CNode rootNode) throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    /** Reads a UTF-8 resource next to the class of {@code clazz}, with line ends normalized to LF. */
    public static String toStringFromYamlFile(Object clazz, String resourcePath) throws URISyntaxException {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
