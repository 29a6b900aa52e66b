package org.kgexplorer.core.remote;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A SPARQL 1.1 endpoint and how to reach it (ADR 40). The secret (a password for basic authentication, a token for
 * bearer) is held only here, in memory: {@link #toString()} leaves it out, and no message names it.
 *
 * @param url    the query service, http or https, without user information
 * @param auth   how to authenticate
 * @param user   the user name for basic authentication, else null
 * @param secret the password (basic) or token (bearer), else null
 * @param caCert a PEM file of the certificates to trust for https instead of the system's, or null
 * @param proxy  an http proxy to go through, or null for the JVM's standard proxy properties
 */
public record Endpoint(URI url, Auth auth, String user, String secret, Path caCert, URI proxy) {

    /** How a request proves who sends it. */
    public enum Auth {
        NONE, BASIC, BEARER;

        /** The environment variable that holds this scheme's secret, or null. */
        public String variable() {
            return switch (this) {
                case NONE -> null;
                case BASIC -> "KGX_PASSWORD";
                case BEARER -> "KGX_TOKEN";
            };
        }
    }

    public Endpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
    }

    /** An open endpoint: no authentication, the system's certificates and proxy settings. */
    public static Endpoint open(URI url) {
        return new Endpoint(url, Auth.NONE, null, null, null, null);
    }

    @Override
    public String toString() {
        return "Endpoint[" + url + ", " + auth + (user == null ? "" : ", user " + user) + "]";
    }
}
