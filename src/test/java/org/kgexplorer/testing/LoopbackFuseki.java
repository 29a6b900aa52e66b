package org.kgexplorer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.sparql.core.DatasetGraph;

/** Apache Jena Fuseki in this JVM, on a free loopback port: a real SPARQL 1.1 server for the endpoint tests. */
public final class LoopbackFuseki implements AutoCloseable {
    private final FusekiServer server;
    private final String name;

    private LoopbackFuseki(FusekiServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Serves {@code data} at /{@code name}, to anyone. */
    public static LoopbackFuseki open(String name, DatasetGraph data) {
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/" + name, data).build().start();
        return new LoopbackFuseki(server, name);
    }

    /**
     * Serves {@code data} at /{@code name} to {@code user} with {@code password} only (HTTP basic authentication,
     * Jetty's password file written into {@code folder}).
     */
    public static LoopbackFuseki withBasicAuth(String name, DatasetGraph data, String user, String password, Path folder)
            throws IOException {
        Path passwords = folder.resolve("fuseki-passwords");
        Files.writeString(passwords, user + ": " + password + "\n");
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific(user))
                .add("/" + name, data).build().start();
        return new LoopbackFuseki(server, name);
    }

    /** The dataset's query service. */
    public String sparql() {
        return "http://127.0.0.1:" + server.getPort() + "/" + name + "/sparql";
    }

    /** How many requests the dataset's services have been sent so far (Fuseki's own counters). */
    public long requests() {
        return server.getDataAccessPointRegistry().get("/" + name).getDataService().getEndpoints().stream()
                .mapToLong(e -> e.getCounters().value(CounterName.Requests)).sum();
    }

    @Override
    public void close() {
        server.stop();
    }
}
