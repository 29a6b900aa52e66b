package org.kgexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.testing.TinyEndpoint;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * {@code query --endpoint} and {@code stats --endpoint} against real servers on loopback (issue 16, ADR 40): Apache
 * Jena Fuseki in this JVM, and a tiny server for what Fuseki will not do (status codes, HTML, cut and dropped
 * answers, a server that never answers, bearer tokens, a proxy, TLS with a self-signed certificate).
 */
class EndpointCliTest {
    static final String EX = "http://ex.org/";
    static final int ROWS = 100_000;
    static final String PASSWORD = "pw-Zq81-secret";
    static final String TOKEN = "tok-Hk33-secret";

    @TempDir
    static Path dir;
    static LoopbackFuseki open;
    static LoopbackFuseki secured;
    static TinyEndpoint tiny;

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        var rank = NodeFactory.createURI(EX + "rank");
        for (int i = 0; i < ROWS; i++) {
            data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(EX + "item" + i), rank,
                    NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        }
        var person = NodeFactory.createURI(EX + "Person");
        data.getDefaultGraph().add(Triple.create(person, RDFS.label.asNode(), NodeFactory.createLiteralLang("Human", "en")));
        for (String who : List.of("ana", "bo", "cy")) {
            data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(EX + who), RDF.type.asNode(), person));
        }
        data.add(NodeFactory.createURI(EX + "g1"), NodeFactory.createURI(EX + "dee"), RDF.type.asNode(), person);
        open = LoopbackFuseki.open("open", data);
        DatasetGraph small = DatasetGraphFactory.createTxnMem();
        small.getDefaultGraph().add(Triple.create(NodeFactory.createURI(EX + "a"), RDF.type.asNode(), person));
        secured = LoopbackFuseki.withBasicAuth("secure", small, "analyst", PASSWORD, dir);
        tiny = new TinyEndpoint();
    }

    @AfterAll
    static void stop() throws Exception {
        open.close();
        secured.close();
        tiny.close();
    }

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KgxCli.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Exit {@code code}, one line on stderr equal to {@code message}, nothing on stdout. */
    static void assertFails(Run r, int code, String message) {
        assertEquals(code, r.code(), r.err());
        assertEquals(message, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aRemoteAnswerStreamsToCsvEqualToJenasOwn() throws Exception {
        String sparql = "SELECT ?s ?r WHERE { ?s <" + EX + "rank> ?r } ORDER BY ?r";
        Path ours = dir.resolve("ours.csv");
        Run r = run("query", "--endpoint", open.sparql(), "-e", sparql, "--format", "csv", "--raw", "-o", ours.toString());
        assertEquals(0, r.code(), r.err());
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        try (QueryExecution exec = QueryExecutionHTTP.service(open.sparql()).query(sparql).build()) {
            ResultSetMgr.write(jena, exec.execSelect(), ResultSetLang.RS_CSV);
        }
        List<String> ourRows = Files.readAllLines(ours);
        List<String> jenaRows = jena.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(ROWS + 1, ourRows.size());
        assertEquals(jenaRows, ourRows);
    }

    @Test
    void labelsComeFromTheEndpoint() {
        Run r = run("query", "--endpoint", open.sparql(), "-e",
                "SELECT DISTINCT ?c WHERE { ?x a ?c }", "--labels", "--format", "csv", "--raw");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("c,c_label", EX + "Person,Human"), r.out().lines().toList());
    }

    @Test
    void labelsAreAskedInBatchesNotOneRequestPerIri() {
        long before = open.requests();
        Run r = run("query", "--endpoint", open.sparql(), "-e",
                "SELECT ?s WHERE { ?s <" + EX + "rank> ?r } ORDER BY ?r LIMIT 1000", "--labels", "--format", "csv", "--raw");
        long requests = open.requests() - before;
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1001, lines.size());
        assertEquals("s,s_label", lines.get(0));
        assertEquals(EX + "item0,item0", lines.get(1));
        // the query, then the names of its 1,000 IRIs in VALUES blocks of 200
        assertEquals(1 + 5, requests);
    }

    @Test
    void statsCountsWithCountQueries() {
        Run r = run("stats", "--endpoint", open.sparql(), "--timeout", "60");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // Fuseki's default graph is the graph outside any named one: the server's rule (cli.md)
        assertEquals("triples: " + (ROWS + 4), lines.get(0));
        assertEquals("graphs: 1", lines.get(1));
        assertTrue(lines.contains("class: Human <" + EX + "Person> 3"), r.out());
        assertTrue(lines.contains("property: rank <" + EX + "rank> " + ROWS), r.out());
        assertFalse(r.out().contains("note:"), r.out());
    }

    @Test
    void statsLeavesOutClassesAndPropertiesThatDoNotFinish() {
        long start = System.nanoTime();
        Run r = run("stats", "--endpoint", tiny.url("/slow-groups"), "--timeout", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("triples: 7", "graphs: 2", "note: classes and properties not counted within 1 s"),
                r.out().lines().toList());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 10_000);
    }

    @Test
    void statsCountsTheGraphsOfAnEndpointThatFindsNoneForAnEmptyGraphPattern() {
        // Virtuoso 7.2 answers 0 to GRAPH ?g { } whatever graphs it holds (tried by hand, README)
        Run r = run("stats", "--endpoint", tiny.url("/graphs-by-triples"), "--timeout", "10");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("triples: 7", "graphs: 3"), r.out().lines().toList());
    }

    @Test
    void aLongQueryIsSentAsAFormThatEveryServerAnswers() {
        // Virtuoso 7.2 never answers a query sent as an application/sparql-query body (tried by hand, README)
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(3000) + "\") }";
        Run r = run("query", "--endpoint", tiny.url("/forms-only"), "--timeout", "10", "--format", "csv", "-e", query);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n", "5"), r.out().strip().lines().map(l -> l.replace("\uFEFF", "")).toList());
    }

    @Test
    void statsWhoseTripleCountDoesNotFinishIsATimeout() {
        assertFails(run("stats", "--endpoint", tiny.url("/hang"), "--timeout", "0.5"), 4,
                "the query did not finish within its time limit of 0.5 s");
    }

    @Test
    void aQueryPastItsTimeLimitLeavesNoFile() {
        Path target = dir.resolve("hang.csv");
        long start = System.nanoTime();
        Run r = run("query", "--endpoint", tiny.url("/hang"), "-e", "SELECT * WHERE { ?s ?p ?o }", "--timeout", "1",
                "--format", "csv", "-o", target.toString());
        assertFails(r, 4, "the query did not finish within its time limit of 1 s");
        assertFalse(Files.exists(target));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000, "the limit covers the wait");
    }

    @Test
    void anAnswerThatStopsMidwayIsATimeout() {
        Path target = dir.resolve("stall.csv");
        long start = System.nanoTime();
        Run r = run("query", "--endpoint", tiny.url("/stall"), "-e", "SELECT * WHERE { ?s ?p ?o }", "--timeout", "1",
                "--format", "csv", "-o", target.toString());
        assertFails(r, 4, "the query did not finish within its time limit of 1 s");
        assertFalse(Files.exists(target));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000, "the limit covers the whole answer");
    }

    @Test
    void aLargeAnswerPastItsTimeLimitLeavesNoFile() {
        Path target = dir.resolve("large.csv");
        Run r = run("query", "--endpoint", open.sparql(), "-e",
                "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }", "--timeout", "0.5", "--format", "csv", "-o", target.toString());
        assertFails(r, 4, "the query did not finish within its time limit of 0.5 s");
        assertFalse(Files.exists(target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/status/401|3|: 401 Unauthorized: check --user and KGX_PASSWORD",
        "/status/403|3|: 403 Forbidden",
        "/status/404|3|: 404 Not Found",
        "/status/500|3|: 500 Server Error",
        "/status/503|3|: 503 Service Unavailable",
        "/html|3|: answered with text/html, not SPARQL results",
        "/truncated|3|: the answer is malformed or truncated",
        "/dropped|3|: the connection was dropped mid-answer",
        "/status/400|2|: the endpoint rejected the query: \"Parse error: Encountered \"foo\" at line 1, column 10.\"",
    })
    void theEndpointsFailuresAreOneLine(String path, int code, String message) {
        Path target = dir.resolve("failed.csv");
        Run r = run("query", "--endpoint", tiny.url(path), "-e", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv",
                "-o", target.toString());
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith(tiny.url(path) + message), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(target));
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ds/sparql";
        assertFails(run("query", "--endpoint", url, "-e", "ASK {}"), 3, url + ": connection refused");
    }

    @Test
    void aHostThatDoesNotResolve() {
        String url = "http://no-such-host.invalid/sparql";
        assertFails(run("query", "--endpoint", url, "-e", "ASK {}"), 3,
                url + ": the host name no-such-host.invalid does not resolve");
    }

    @Test
    void basicAuthWithThePasswordFromTheEnvironment() {
        Run r = run(Map.of("KGX_PASSWORD", PASSWORD), "query", "--endpoint", secured.sparql(), "--auth", "basic",
                "--user", "analyst", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", "--raw");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n", "1"), r.out().lines().toList());
    }

    @Test
    void aWrongPasswordIsUnauthorizedAndNeverShown() {
        String wrong = "not-" + PASSWORD;
        Run r = run(Map.of("KGX_PASSWORD", wrong), "query", "--endpoint", secured.sparql(), "--auth", "basic",
                "--user", "analyst", "-e", "SELECT * WHERE { ?s ?p ?o }");
        assertFails(r, 3, secured.sparql() + ": 401 Unauthorized: check --user and KGX_PASSWORD");
        Run s = run(Map.of("KGX_PASSWORD", wrong), "stats", "--endpoint", secured.sparql(), "--auth", "basic",
                "--user", "analyst");
        assertFails(s, 3, secured.sparql() + ": 401 Unauthorized: check --user and KGX_PASSWORD");
    }

    @Test
    void noSecretAndNoTerminalIsAUsageErrorNamingTheVariable() {
        // the tests run without a console (System.console() is null under Maven)
        assertFails(run("query", "--endpoint", secured.sparql(), "--auth", "basic", "--user", "analyst", "-e", "ASK {}"),
                2, "no password: set KGX_PASSWORD");
        assertFails(run("stats", "--endpoint", tiny.url("/bearer/x"), "--auth", "bearer"), 2, "no token: set KGX_TOKEN");
    }

    @Test
    void bearerTokenIsSentAndNeverShown() {
        Run r = run(Map.of("KGX_TOKEN", TOKEN), "query", "--endpoint", tiny.url("/bearer/" + TOKEN), "--auth", "bearer",
                "-e", "SELECT ?n WHERE { ?s ?p ?n }", "--format", "csv", "--raw");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n", "42"), r.out().lines().toList());
        String url = tiny.url("/bearer/other");
        Run wrong = run(Map.of("KGX_TOKEN", TOKEN), "query", "--endpoint", url, "--auth", "bearer", "-e", "ASK {}");
        assertFails(wrong, 3, url + ": 401 Unauthorized: check KGX_TOKEN");
        assertFalse(wrong.err().contains(TOKEN));
    }

    @Test
    void aSecretNeverReachesAnErrorOfJenas() {
        // Jena's message for a content type it cannot read repeats the request's headers, Authorization included
        String url = tiny.url("/html");
        Run r = run(Map.of("KGX_TOKEN", TOKEN), "query", "--endpoint", url, "--auth", "bearer", "-e", "ASK {}");
        assertFails(r, 3, url + ": answered with text/html, not SPARQL results");
    }

    @Test
    void theProxyOptionGoesThroughTheProxy() {
        // the endpoint's host does not resolve; only the proxy (the tiny server) can answer for it
        Run r = run("query", "--endpoint", "http://endpoint.invalid/bearer/none", "--proxy", tiny.url(""),
                "-e", "SELECT ?n WHERE { ?s ?p ?n }", "--format", "csv", "--raw");
        assertFails(r, 3, "http://endpoint.invalid/bearer/none: 401 Unauthorized: check --user and KGX_PASSWORD");
    }

    @Test
    void serviceInTheQueryIsStillRefused() {
        int before = tiny.requests().size();
        Run r = run("query", "--endpoint", tiny.url("/bearer/x"), "-e",
                "SELECT * WHERE { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } }");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("refused"), r.err());
        assertEquals(before, tiny.requests().size(), "nothing was sent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--data|x.ttl|--data cannot be used with --endpoint",
        "--store|db|--store cannot be used with --endpoint",
        "--inference|rdfs|--inference cannot be used with --endpoint",
        "--base|http://ex.org/|--base cannot be used with --endpoint",
    })
    void localDataOptionsConflictWithAnEndpoint(String option, String value, String message) {
        Run r = run("query", "--endpoint", open.sparql(), option, value, "-e", "ASK {}");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(message), r.err());
        assertEquals("", r.out());
    }

    @Test
    void endpointOptionsWithoutAnEndpointAndBadUrlsAreUsageErrors() {
        assertFails(run("query", "--auth", "basic", "-e", "ASK {}"), 2, "--auth is for --endpoint URL");
        assertFails(run("stats", "--endpoint", open.sparql(), "--user", "x"), 2, "--user is for --auth basic");
        assertFails(run("stats", "--endpoint", open.sparql(), "--auth", "basic"), 2,
                "--auth basic needs --user NAME (the password comes from KGX_PASSWORD)");
        assertEquals(2, run("stats", "--endpoint", "ftp://x/y").code());
        assertFails(run("stats", "--endpoint", "http://u:p@127.0.0.1/ds"), 2,
                "--endpoint: put no user or password in the URL; use --auth basic --user NAME and KGX_PASSWORD");
        assertFails(run("stats", "--timeout", "3"), 2, "--timeout is for stats --endpoint URL: local data is counted whole");
    }

    @Test
    void tlsWithASelfSignedCertificateNeedsCacert() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path pem = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "kgx", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "kgx", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/ds", exchange -> {
            byte[] body = TinyEndpoint.countAnswer(3).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "https://localhost:" + server.getAddress().getPort() + "/ds";
            assertFails(run("query", "--endpoint", url, "-e", "SELECT ?n WHERE { ?s ?p ?n }"), 3,
                    url + ": TLS failure: the server's certificate is not trusted (a self-signed one can be trusted "
                            + "with --cacert FILE)");
            Run trusted = run("query", "--endpoint", url, "--cacert", pem.toString(), "-e",
                    "SELECT ?n WHERE { ?s ?p ?n }", "--format", "csv", "--raw");
            assertEquals(0, trusted.code(), trusted.err());
            assertEquals(List.of("n", "3"), trusted.out().lines().toList());
            assertFails(run("query", "--endpoint", url, "--cacert", keystore.toString(), "-e", "ASK {}"), 2,
                    "--cacert " + keystore + ": not a PEM certificate");
        } finally {
            server.stop(0);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }
}
