package hudson;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Saveable;
import java.io.IOException;
import java.io.Serializable;
import java.net.http.HttpClient;

/**
 * Stand-in for {@code hudson.ProxyConfiguration} of Jenkins core 2.528.3.
 *
 * <p>NOTE: the real {@link #newHttpClientBuilder()} also applies the configured proxy, its credentials and the
 * Jenkins default connect timeout. The stand-in has no proxy configuration and returns a plain builder.
 */
@SuppressWarnings("deprecation")
public final class ProxyConfiguration extends AbstractDescribableImpl<ProxyConfiguration>
        implements Saveable, Serializable {
    private static final long serialVersionUID = 1L;

    private ProxyConfiguration() {
    }

    public static HttpClient.Builder newHttpClientBuilder() {
        return HttpClient.newBuilder();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("not available in the Jenkins API stand-in");
    }
}
