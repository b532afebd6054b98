package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/**
 * Stand-in for {@code com.cloudbees.plugins.credentials.SecretBytes} of the credentials plugin: binary secret data,
 * such as the content of a secret file.
 *
 * <p>NOTE: the encryption helpers and the other factories are left out.
 */
public final class SecretBytes implements Serializable {
    private static final long serialVersionUID = 1L;

    private SecretBytes() {
    }

    /** Decrypts the bytes if they are a cipher text, otherwise wraps them as they are. */
    public static SecretBytes fromBytes(byte[] data) {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }

    public byte[] getPlainData() {
        throw new UnsupportedOperationException("not available in the Jenkins test API stand-in");
    }
}
