package io.jenkins.plugins.pleskbackup.client;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds the {@link SSLContext} of one client from its {@link TlsSettings}. Trust decisions stay inside this
 * client's context; nothing JVM-wide is changed.
 *
 * <p>With {@link X509ExtendedTrustManager}, the trust manager also performs the host name check that the HTTP client
 * requests through the engine's endpoint identification algorithm. The JVM's own trust manager does it in
 * {@link TlsSettings.Mode#VERIFY} mode; the pinning and insecure trust managers skip it on purpose.
 */
final class TlsTrust {

    private TlsTrust() {
    }

    static SSLContext sslContext(TlsSettings settings) {
        X509ExtendedTrustManager trustManager;
        switch (settings.mode()) {
            case PINNED:
                trustManager = new PinnedTrustManager(settings.pinnedFingerprint());
                break;
            case INSECURE:
                trustManager = new AcceptingTrustManager();
                break;
            default:
                trustManager = new FingerprintReportingTrustManager(jvmTrustManager());
                break;
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create a TLS context", e);
        }
    }

    private static X509ExtendedTrustManager jvmTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager) {
                    return (X509ExtendedTrustManager) manager;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the JVM's trust store", e);
        }
        throw new IllegalStateException("The JVM offers no X.509 trust manager");
    }

    /**
     * A rejected server certificate, with its fingerprint, so that the failure message can offer it for pinning.
     * The TLS stack wraps this in its handshake exception.
     */
    static final class RejectedCertificateException extends CertificateException {
        private static final long serialVersionUID = 1L;

        private final String fingerprint;
        private final boolean pinMismatch;

        RejectedCertificateException(String message, String fingerprint, boolean pinMismatch, Throwable cause) {
            super(message, cause);
            this.fingerprint = fingerprint;
            this.pinMismatch = pinMismatch;
        }

        String fingerprint() {
            return fingerprint;
        }

        boolean isPinMismatch() {
            return pinMismatch;
        }
    }

    private abstract static class ServerOnlyTrustManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("This trust manager only checks servers");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }
    }

    /** Accepts exactly the leaf certificate with the pinned fingerprint. */
    private static final class PinnedTrustManager extends ServerOnlyTrustManager {
        private final String pinnedFingerprint;

        PinnedTrustManager(String pinnedFingerprint) {
            this.pinnedFingerprint = pinnedFingerprint;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("The server presented no certificate");
            }
            String presented = CertificateFingerprints.sha256(chain[0]);
            if (!presented.equals(pinnedFingerprint)) {
                throw new RejectedCertificateException("the certificate does not match the pinned fingerprint "
                        + pinnedFingerprint + ".", presented, true, null);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Accepts every certificate; used only when the user chose to skip verification. */
    private static final class AcceptingTrustManager extends ServerOnlyTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Verification was explicitly turned off for this server.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Delegates to the JVM's trust manager and adds the presented certificate's fingerprint to a rejection. */
    private static final class FingerprintReportingTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;

        FingerprintReportingTrustManager(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw rejection(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw rejection(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw rejection(chain, e);
            }
        }

        private static CertificateException rejection(X509Certificate[] chain, CertificateException cause) {
            String fingerprint = chain == null || chain.length == 0 ? null : CertificateFingerprints.sha256(chain[0]);
            return new RejectedCertificateException(cause.getMessage(), fingerprint, false, cause);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
