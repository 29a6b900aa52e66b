package org.kgexplorer.core.remote;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The client of one request (ADR 40): the store's client, handing Jena each response body as a stream that a
 * deadline can close from another thread. The JDK's own {@code BodyHandlers.ofInputStream()} stream goes on
 * waiting for bytes when its reader is interrupted or the stream is closed (seen with JDK 17.0.15: a reader held
 * for minutes on a server that stopped sending); this one wakes its reader on close.
 */
final class ClosingClient extends HttpClient {
    private final HttpClient client;
    private final List<Closeable> bodies = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<?>> sent = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    ClosingClient(HttpClient client) {
        this.client = client;
    }

    /**
     * Closes every body handed out so far, and every one handed out from now on; a request still waiting for its
     * response is cancelled (Jena waits for it with {@code join()}, which no interrupt ends).
     */
    void closeBodies() {
        closed = true;
        for (Closeable body : bodies) {
            closeQuietly(body);
        }
        for (CompletableFuture<?> waiting : sent) {
            waiting.cancel(true);
        }
    }

    /**
     * Sends the request and hands back the body as a {@link BodyStream}, whatever {@code handler} asked for: Jena's
     * query execution asks for an {@code InputStream}, and this is one that {@link #closeBodies} can stop.
     */
    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return streamed(client.send(request, HttpResponse.BodyHandlers.ofPublisher()));
    }

    /**
     * As {@link #send}, and waits for the response's head here, on the caller's thread (ADR 41): Jena waits on the
     * future with {@code join()}, which an interrupt does not end, so a cancelled task would wait for a server that
     * never answers; this wait ends when the thread is interrupted (a cancel, or the deadline), the exchange then
     * cancelled and the interrupt kept for the caller to see.
     */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
        sent.add(response);
        if (closed) {
            response.cancel(true);
        }
        // waited for here, where an interrupt ends the wait (a cancelled task), and closeBodies cancels it (an abort)
        try {
            return CompletableFuture.completedFuture(streamed(response.get()));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new java.io.InterruptedIOException("the request was stopped"));
        } catch (java.util.concurrent.CancellationException e) {
            return CompletableFuture.failedFuture(new java.io.InterruptedIOException("the request was stopped"));
        } catch (java.util.concurrent.ExecutionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> HttpResponse<T> streamed(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
        BodyStream body = new BodyStream();
        response.body().subscribe(body);
        bodies.add(body);
        if (closed) {
            closeQuietly(body);
        }
        return (HttpResponse<T>) new Response(response, body);
    }

    /**
     * A response body as an {@link InputStream} fed by the client's publisher one buffer list at a time; closing it
     * from any thread ends a read that waits for bytes.
     */
    static final class BodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
        private static final List<ByteBuffer> END = List.of();
        private final BlockingQueue<List<ByteBuffer>> arrived = new LinkedBlockingQueue<>();
        private volatile Flow.Subscription subscription;
        private volatile Throwable failure;
        private volatile boolean closed;
        private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
        private ByteBuffer current;
        private boolean ended;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (closed) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            arrived.add(item);
        }

        @Override
        public void onError(Throwable t) {
            failure = t;
            arrived.add(END);
        }

        @Override
        public void onComplete() {
            arrived.add(END);
        }

        /** The next buffer with bytes left, or null at the end. */
        private ByteBuffer next() throws IOException {
            while (current == null || !current.hasRemaining()) {
                if (closed) {
                    throw new IOException("closed");
                }
                if (buffers.hasNext()) {
                    current = buffers.next();
                    continue;
                }
                if (ended) {
                    return null;
                }
                List<ByteBuffer> list;
                try {
                    list = arrived.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading the answer");
                }
                if (closed) {
                    throw new IOException("closed");
                }
                if (list == END) {
                    ended = true;
                    if (failure != null) {
                        throw new IOException(failure.getMessage(), failure);
                    }
                    return null;
                }
                buffers = list.iterator();
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.request(1);
                }
            }
            return current;
        }

        @Override
        public int read() throws IOException {
            ByteBuffer b = next();
            return b == null ? -1 : b.get() & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            java.util.Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            ByteBuffer b = next();
            if (b == null) {
                return -1;
            }
            int n = Math.min(length, b.remaining());
            b.get(into, offset, n);
            return n;
        }

        @Override
        public int available() {
            ByteBuffer b = current;
            return b == null ? 0 : b.remaining();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            arrived.add(END);
        }
    }

    /** The client's response with the body as a {@link BodyStream}. */
    private record Response(HttpResponse<?> response, InputStream body) implements HttpResponse<InputStream> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    private static void closeQuietly(Closeable body) {
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // closing to stop a read: the reader reports what happened
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return client.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
