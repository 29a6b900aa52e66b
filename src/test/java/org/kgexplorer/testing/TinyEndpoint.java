package org.kgexplorer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server on plain sockets for what a real SPARQL server will not do: answer with any status, send
 * HTML, cut an answer short, drop the connection in the middle of one, or never answer. Each path is one behaviour
 * ({@link #url}); it also records every request's headers, to check what a client sent.
 */
public final class TinyEndpoint implements AutoCloseable {
    /** A SPARQL JSON answer of one variable {@code n} bound to {@code value}. */
    public static String countAnswer(long value) {
        return "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":{\"type\":\"literal\","
                + "\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"" + value + "\"}}]}}";
    }

    private static final String JSON = "application/sparql-results+json";
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private final CountDownLatch namesAsked = new CountDownLatch(1);
    private final CountDownLatch answerEnded = new CountDownLatch(1);

    public TinyEndpoint() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "tiny-endpoint");
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * The URL of one behaviour: /status/NNN, /html, /truncated, /dropped, /stall, /hang, /bearer/TOKEN, /slow-groups,
     * /slow-search, /graphs-by-triples, /forms-only, /paused. Asked as a proxy (an absolute URL in the request line) it answers
     * for the path of that URL.
     */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** The headers of every request so far, names in lower case. */
    public List<Map<String, String>> requests() {
        return requests;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread t = new Thread(() -> serve(socket), "tiny-endpoint-request");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            String target = lines[0].split(" ")[1];
            if (target.startsWith("http://")) {
                // asked as a proxy: the absolute form names the server behind it
                int slash = target.indexOf('/', "http://".length());
                target = slash < 0 ? "/" : target.substring(slash);
            }
            Map<String, String> headers = new ConcurrentHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
                }
            }
            requests.add(headers);
            String query = "";
            int q = target.indexOf("?query=");
            if (q >= 0) {
                String rest = target.substring(q + 7);
                int amp = rest.indexOf('&');
                query = URLDecoder.decode(amp >= 0 ? rest.substring(0, amp) : rest, StandardCharsets.UTF_8);
            } else if (headers.containsKey("content-length")) {
                byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
                query = URLDecoder.decode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
            String path = q >= 0 ? target.substring(0, q) : target;
            if (path.equals("/paused")) {
                paused(query, socket);
            } else {
                respond(path, headers, query, socket.getOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing to answer
        }
    }

    private void respond(String path, Map<String, String> headers, String query, OutputStream out) throws IOException {
        if (path.startsWith("/status/")) {
            int status = Integer.parseInt(path.substring("/status/".length()));
            String body = status == 400 ? "Parse error: Encountered \"foo\" at line 1, column 10." : "no";
            send(out, status, "text/plain", body);
        } else if (path.equals("/html")) {
            send(out, 200, "text/html", "<html><body>Welcome to our portal</body></html>");
        } else if (path.equals("/truncated")) {
            String whole = countAnswer(5);
            send(out, 200, JSON, whole.substring(0, whole.length() / 2));
        } else if (path.equals("/dropped")) {
            String part = "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[" + ("{\"n\":{\"type\":\"literal\",\"value\":\"x\"}},").repeat(50);
            byte[] chunk = part.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + JSON + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the socket closes here, without the last chunk: the connection is dropped mid-answer
        } else if (path.equals("/stall")) {
            // the headers and the first rows, then nothing more, the connection held open
            byte[] chunk = ("{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":["
                    + "{\"n\":{\"type\":\"literal\",\"value\":\"x\"}},").getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + JSON + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitForClose();
        } else if (path.equals("/slow-search")) {
            // a name at once, then every other request (a text index's search) never answered
            if (query.toUpperCase(Locale.ROOT).contains("STRLEN")) {
                send(out, 200, JSON, "{\"head\":{\"vars\":[\"l\"]},\"results\":{\"bindings\":[{\"l\":"
                        + "{\"type\":\"literal\",\"value\":\"Alpha Centauri\"}}]}}");
            } else {
                waitForClose();
            }
        } else if (path.equals("/forms-only")) {
            // as Virtuoso 7.2 does: a query sent as a body of type application/sparql-query is never answered
            if (headers.getOrDefault("content-type", "").startsWith("application/sparql-query")) {
                waitForClose();
            } else {
                send(out, 200, JSON, countAnswer(5));
            }
        } else if (path.equals("/graphs-by-triples")) {
            // as Virtuoso 7.2 answers: no graph for GRAPH ?g { }, three for the graphs that hold a triple
            if (query.contains("GROUP BY")) {
                send(out, 200, JSON, "{\"head\":{\"vars\":[\"x\",\"n\"]},\"results\":{\"bindings\":[]}}");
            } else if (query.contains("GRAPH")) {
                send(out, 200, JSON, countAnswer(query.matches("(?s).*GRAPH\\s+\\?g\\s*\\{\\s*}.*") ? 0 : 3));
            } else {
                send(out, 200, JSON, countAnswer(7));
            }
        } else if (path.equals("/hang")) {
            waitForClose();
        } else if (path.startsWith("/bearer/")) {
            String token = path.substring("/bearer/".length());
            if (("Bearer " + token).equals(headers.get("authorization"))) {
                send(out, 200, JSON, countAnswer(42));
            } else {
                send(out, 401, "text/plain", "Unauthorized");
            }
        } else if (path.equals("/slow-groups")) {
            if (query.contains("GROUP BY")) {
                waitForClose();
            } else {
                send(out, 200, JSON, countAnswer(query.contains("GRAPH") ? 2 : 7));
            }
        } else {
            send(out, 404, "text/plain", "Not Found");
        }
    }

    /**
     * /paused: an answer whose page ends normally while the names of its row are being fetched. The answer sends
     * its one row and waits until the names of that row are asked; then it sends the rest of the answer. The
     * names asked while the answer is open are answered once it has ended and the client either closed that
     * request (it gave up on it) or kept it open for a second more; those asked later, at once. One answer per
     * server.
     */
    private void paused(String query, Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        try {
            if (query.contains("VALUES ?x")) {
                boolean whileOpen = answerEnded.getCount() > 0;
                namesAsked.countDown();
                if (whileOpen) {
                    if (!answerEnded.await(10, TimeUnit.SECONDS)) {
                        return;
                    }
                    socket.setSoTimeout(1000);
                    try {
                        if (socket.getInputStream().read() < 0) {
                            return;
                        }
                    } catch (java.net.SocketTimeoutException e) {
                        // still open a second after the answer ended: the client waits for the names
                    }
                }
                send(out, 200, JSON, "{\"head\":{\"vars\":[\"x\",\"p\",\"l\"]},\"results\":{\"bindings\":[]}}");
                return;
            }
            // tab-separated values: a row is read as soon as its line is in (a JSON reader looks further ahead)
            byte[] first = "?s\n<http://example.org/a>\n".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/tab-separated-values\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(first);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (!namesAsked.await(10, TimeUnit.SECONDS)) {
                return;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            answerEnded.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForClose() {
        synchronized (this) {
            while (!closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void send(OutputStream out, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
