package org.kgexplorer.core.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.web.HttpSC;

/**
 * What went wrong with a request, in one line a user can act on (ADR 40). Jena's own messages are not passed on:
 * some repeat the request's headers, and with them the credentials.
 */
final class EndpointFailures {
    /** How long a quoted message of the endpoint may be. */
    private static final int QUOTE = 300;
    private static final Pattern CONTENT_TYPE = Pattern.compile("Content[- ]Type: (\\S+) which is not");

    private final Endpoint endpoint;

    EndpointFailures(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** A timeout: the whole limit, as the local stores say it. */
    EndpointException timedOut(long limitMillis) {
        return new EndpointException(EndpointException.Kind.TIMEOUT,
                "the query did not finish within its time limit of " + seconds(limitMillis));
    }

    /** {@code failure}, raised while asking or reading the answer, as a user reads it. */
    EndpointException translate(Throwable failure) {
        if (failure instanceof EndpointException e) {
            return e;
        }
        String url = endpoint.url().toString();
        int status = status(failure);
        if (status == 400) {
            return new EndpointException(EndpointException.Kind.REJECTED,
                    url + ": the endpoint rejected the query: \"" + quote(response(failure)) + "\"");
        }
        if (status == 401) {
            String what = endpoint.auth() == Endpoint.Auth.BEARER ? "KGX_TOKEN" : "--user and KGX_PASSWORD";
            return new EndpointException(EndpointException.Kind.UNAUTHORIZED, url + ": 401 Unauthorized: check " + what);
        }
        if (status > 0) {
            String reason = HttpSC.getMessage(status);
            return unavailable(url + ": " + status + (reason == null ? "" : " " + reason));
        }
        // the outermost exception is often a wrapper (an SSLHandshakeException, a ConnectException): look for the
        // telling cause anywhere in the chain, most telling first
        if (has(failure, HttpConnectTimeoutException.class)) {
            return new EndpointException(EndpointException.Kind.TIMEOUT, url + ": no connection within the time limit");
        }
        if (has(failure, HttpTimeoutException.class)) {
            return new EndpointException(EndpointException.Kind.TIMEOUT, url + ": no answer within the time limit");
        }
        if (has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            return unavailable(url + ": the host name " + endpoint.url().getHost() + " does not resolve");
        }
        if (has(failure, CertPathBuilderException.class) || has(failure, CertificateException.class)) {
            return unavailable(url + ": TLS failure: the server's certificate is not trusted"
                    + (endpoint.caCert() == null ? " (a self-signed one can be trusted with --cacert FILE)"
                            : " (not signed by " + endpoint.caCert() + ")"));
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return unavailable(url + ": TLS failure: " + oneLine(tls.getMessage()));
        }
        if (has(failure, ConnectException.class)) {
            return unavailable(url + ": connection refused");
        }
        String contentType = contentType(failure);
        if (contentType != null) {
            return unavailable(url + ": answered with " + contentType + ", not SPARQL results");
        }
        Throwable parser = parser(failure);
        if (parser != null) {
            return unavailable(url + ": the answer is malformed or truncated (" + quote(parser.getMessage()) + ")");
        }
        if (has(failure, IOException.class)) {
            return unavailable(url + ": the connection was dropped mid-answer");
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RiotException || t instanceof ResultSetException
                    || t instanceof org.apache.jena.atlas.json.JsonException) {
                return unavailable(url + ": the answer is malformed or truncated (" + quote(t.getMessage()) + ")");
            }
        }
        return unavailable(url + ": the endpoint failed (" + failure.getClass().getSimpleName() + ")");
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The parser's own complaint, when the answer's bytes arrived but do not make a whole answer (JSON by Gson,
     * XML by StAX, Turtle and the other RDF syntaxes by RIOT), else null: a stream cut by the network shows as an
     * {@link IOException} without one.
     */
    private static Throwable parser(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("com.google.gson.") || t instanceof javax.xml.stream.XMLStreamException
                    || t instanceof org.apache.jena.riot.RiotParseException
                    || t instanceof org.apache.jena.atlas.json.JsonParseException) {
                return t.getCause() instanceof IOException io && !(io instanceof java.io.EOFException) ? null : t;
            }
        }
        return null;
    }

    private static EndpointException unavailable(String message) {
        return new EndpointException(EndpointException.Kind.UNAVAILABLE, message);
    }

    private static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
                return q.getStatusCode();
            }
            if (t instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
        }
        return -1;
    }

    private static String response(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryExceptionHTTP q && q.getResponse() != null) {
                return q.getResponse();
            }
            if (t instanceof HttpException h && h.getResponse() != null) {
                return h.getResponse();
            }
        }
        return "";
    }

    /** The content type Jena refused to read, from its message (which goes no further than here). */
    private static String contentType(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryException && t.getMessage() != null) {
                Matcher m = CONTENT_TYPE.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String quote(String text) {
        String line = oneLine(text);
        return line.length() <= QUOTE ? line : line.substring(0, QUOTE) + "…";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
