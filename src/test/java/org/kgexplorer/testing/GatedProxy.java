package org.kgexplorer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server that passes every request on to a real endpoint (a {@link LoopbackFuseki}), except that a
 * query matching the gate's test waits until the gate opens: a slow count, made deterministic. A query matching its
 * second test gets the first part of its answer, then nothing more until the proxy closes (a server that stalls).
 */
public final class GatedProxy implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    /** In front of {@code target} (a SPARQL service URL); queries whose text {@code holds} wait for {@link #open}. */
    public GatedProxy(String target, Predicate<String> holds) throws IOException {
        this(target, holds, query -> false);
    }

    /** As above; the answers to queries whose text {@code stalls} stop after their first 4,096 bytes. */
    public GatedProxy(String target, Predicate<String> holds, Predicate<String> stalls) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gated-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String raw = exchange.getRequestURI().getRawQuery();
                String text = URLDecoder.decode((raw == null ? "" : raw) + "&" + new String(body, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
                if (holds.test(text)) {
                    held.countDown();
                    gate.await();
                }
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + (raw == null ? "" : "?" + raw)))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                for (String name : List.of("Accept", "Content-Type")) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        forward.header(name, value);
                    }
                }
                HttpResponse<InputStream> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
                answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
                exchange.sendResponseHeaders(answer.statusCode(), 0);
                try (InputStream in = answer.body(); OutputStream out = exchange.getResponseBody()) {
                    if (stalls.test(text)) {
                        out.write(in.readNBytes(4096));
                        out.flush();
                        closed.await();
                    } else {
                        in.transferTo(out);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** The proxy's URL for the endpoint. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    /** Waits until a query is held at the gate. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Lets held and later queries through. */
    public void open() {
        gate.countDown();
    }

    @Override
    public void close() {
        gate.countDown();
        closed.countDown();
        server.stop(0);
    }
}
