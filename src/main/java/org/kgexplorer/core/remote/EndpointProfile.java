package org.kgexplorer.core.remote;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An endpoint as the window remembers it (ADR 41): everything File → Connect to a SPARQL endpoint asks except the
 * secret, which is never kept; {@link #endpoint(String)} adds it for one connection.
 *
 * @param url            the query service
 * @param auth           how to authenticate
 * @param user           the user name for basic authentication, else null
 * @param caCert         a PEM file of certificates to trust, or null
 * @param timeoutSeconds the time limit of each request the screens send
 * @param pageSize       how many rows the results table shows before it offers more
 * @param textSearch     how the search box asks for names
 */
public record EndpointProfile(URI url, Endpoint.Auth auth, String user, Path caCert, int timeoutSeconds, int pageSize,
                              TextSearch textSearch) {
    /** The time limit the dialog proposes. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** The page size the dialog proposes. */
    public static final int DEFAULT_PAGE_SIZE = 10_000;

    public EndpointProfile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(textSearch, "textSearch");
        if (auth != Endpoint.Auth.BASIC) {
            user = null;
        }
    }

    /** An open endpoint with the proposed time limit and page size, its text index detected. */
    public static EndpointProfile open(URI url) {
        return new EndpointProfile(url, Endpoint.Auth.NONE, null, null, DEFAULT_TIMEOUT_SECONDS, DEFAULT_PAGE_SIZE,
                TextSearch.DETECT);
    }

    /** Whether connecting needs a password or token. */
    public boolean needsSecret() {
        return auth != Endpoint.Auth.NONE;
    }

    /** The endpoint to connect to, with {@code secret} (ignored when no authentication is asked). */
    public Endpoint endpoint(String secret) {
        return new Endpoint(url, auth, user, needsSecret() ? secret : null, caCert, null);
    }

    /** The same endpoint with another text search. */
    public EndpointProfile withTextSearch(TextSearch search) {
        return new EndpointProfile(url, auth, user, caCert, timeoutSeconds, pageSize, search);
    }

    /** The time limit in milliseconds. */
    public long timeoutMillis() {
        return timeoutSeconds * 1000L;
    }

    /** One line for the settings: the fields, each URL-encoded, separated by spaces. The secret is not a field. */
    public String toSetting() {
        return String.join(" ", enc(url.toString()), enc(auth.name()), enc(user == null ? "" : user),
                enc(caCert == null ? "" : caCert.toString()), Integer.toString(timeoutSeconds), Integer.toString(pageSize),
                textSearch.key());
    }

    /** The profile a settings line holds; empty when the line is not one (an older or damaged setting). */
    public static Optional<EndpointProfile> parse(String line) {
        String[] f = line.split(" ", -1);
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            String user = dec(f[2]);
            String ca = dec(f[3]);
            return Optional.of(new EndpointProfile(URI.create(dec(f[0])), Endpoint.Auth.valueOf(dec(f[1])),
                    user.isEmpty() ? null : user, ca.isEmpty() ? null : Path.of(ca), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), TextSearch.parse(f[6])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
