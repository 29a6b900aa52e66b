package org.kgexplorer.core.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The HTTP side of an endpoint: the JDK's client as {@link Endpoint} asks for it, and the headers it sends (ADR 40). */
final class EndpointClient {
    private EndpointClient() {
    }

    /**
     * A client that connects within {@code connectMillis}, through the given proxy (else the JVM's proxy
     * properties, read by {@link ProxySelector#getDefault()}), trusting only the PEM certificates of
     * {@link Endpoint#caCert()} when given, and following redirects except from https to http.
     *
     * @throws IllegalArgumentException naming the certificate file when it holds no certificate or cannot be read
     */
    static HttpClient build(Endpoint endpoint, long connectMillis) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofMillis(connectMillis));
        if (endpoint.proxy() != null) {
            URI proxy = endpoint.proxy();
            int port = proxy.getPort() > 0 ? proxy.getPort() : "https".equals(proxy.getScheme()) ? 443 : 80;
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.getHost(), port)));
        } else {
            ProxySelector system = ProxySelector.getDefault();
            if (system != null) {
                builder.proxy(system);
            }
        }
        if (endpoint.caCert() != null) {
            builder.sslContext(trusting(endpoint));
        }
        return builder.build();
    }

    private static SSLContext trusting(Endpoint endpoint) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(endpoint.caCert())) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(endpoint.caCert() + ": the certificate file cannot be read ("
                    + (Files.exists(endpoint.caCert()) ? e.getMessage() : "no such file") + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(endpoint.caCert() + ": not a PEM certificate");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(endpoint.caCert() + ": not a PEM certificate");
        }
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("cacert-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(endpoint.caCert() + ": the certificates cannot be trusted (" + e.getMessage() + ")");
        }
    }

    /** The headers every request carries: the credentials, sent with the first request (no challenge round trip). */
    static Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (endpoint.auth()) {
            case BASIC -> headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (endpoint.user() + ":" + endpoint.secret()).getBytes(StandardCharsets.UTF_8)));
            case BEARER -> headers.put("Authorization", "Bearer " + endpoint.secret());
            case NONE -> {
            }
        }
        return headers;
    }
}
