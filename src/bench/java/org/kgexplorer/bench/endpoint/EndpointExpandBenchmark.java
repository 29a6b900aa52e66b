package org.kgexplorer.bench.endpoint;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDF;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.HeadlessJvm;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.remote.BenchQueries;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.graph.GraphViewModel;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * {@code endpoint-expand,1000000,<ms>,ms} (issue 16, ADR 41): from the request to open an agency with its neighbours
 * in the graph view (1280x800, headless Monocle) to the first frame the canvas presents with its nodes, the data a
 * loopback Fuseki in the same process holding 1,000,000 generated triples ({@link OrgDataGenerator}), read through a
 * {@link RemoteStore}. The median of several opens, each in a fresh view, after one that warms up (reported as
 * {@code 1000000-first}). Goal: 300 ms. Where the time goes: {@code 1000000-data} is the same open without the
 * window (the entity and its neighbours read from the endpoint, median), {@code 1000000-requests} the requests
 * Fuseki counted per such open, {@code 1000000-query} the neighbourhood's request alone through Jena's
 * {@code QueryExecutionHTTP} (Fuseki's time and the round trip, median; {@code 1000000-query-rows} its rows), and
 * {@code 1000000-ask} an empty {@code ASK} the same way (the round trip alone, median).
 */
public final class EndpointExpandBenchmark implements Benchmark {
    static final int TRIPLES = 1_000_000;

    @Override
    public String name() {
        return "endpoint-expand";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        int runs = context.runs(7);
        HeadlessJvm.Output out = HeadlessJvm.run(EndpointExpandBenchmark.class, List.of(), Integer.toString(runs));
        if (!out.hasResult()) {
            throw new IllegalStateException("the endpoint expand measurement reported nothing:\n" + out.text());
        }
        results.add(name(), Integer.toString(TRIPLES), out.value(1), "ms");
        results.add(name(), TRIPLES + "-first", out.value(0), "ms");
        results.add(name(), TRIPLES + "-data", out.value(2), "ms");
        results.add(name(), TRIPLES + "-requests", out.value(3), "requests");
        results.add(name(), TRIPLES + "-query", out.value(4), "ms");
        results.add(name(), TRIPLES + "-query-rows", out.value(5), "rows");
        results.add(name(), TRIPLES + "-ask", out.value(6), "ms");
    }

    /**
     * The child process: prints "RESULT <first open ms> <median of the later opens ms> <median ms of the same open
     * without the window: reading the entity and its neighbours from the endpoint> <requests Fuseki counted per
     * open> <median ms of the neighbourhood's request alone> <its rows> <median ms of an empty ASK>" (the last ones
     * split where the time goes: the endpoint, or the scene, layout and drawing).
     */
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> new OrgDataGenerator(16, TRIPLES).generate(StreamRDFLib.dataset(data)));
        Node agencyClass = NodeFactory.createURI("https://kgexplorer.org/ontology#Agency");
        String agency = data.calculateRead(() -> data.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), agencyClass).next()
                .getSubject().getURI());
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("bench", data)) {
            RemoteStore store = new RemoteStore(EndpointProfile.open(URI.create(fuseki.sparql())), null);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            double first = openOnce(store, agency);
            double[] later = new double[runs];
            for (int i = 0; i < runs; i++) {
                later[i] = openOnce(store, agency);
            }
            Arrays.sort(later);
            double[] bare = new double[runs];
            long before = fuseki.requests();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                store.readGraph(all -> GraphOperations.open(store, agency, new Relationships(all), LabelMode.ENGLISH,
                        Cancellation.none()));
                bare[i] = (System.nanoTime() - start) / 1e6;
            }
            double requests = (fuseki.requests() - before) / (double) runs;
            Arrays.sort(bare);
            // the same request alone, through Jena's own client (Fuseki's time with the round trip), and an empty
            // ASK (the round trip alone), taken turn about
            Query neighbourhood = BenchQueries.neighbourhood(agency);
            Query ask = QueryFactory.create("ASK {}");
            double[] plain = new double[runs];
            double[] trip = new double[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try (QueryExecution exec = QueryExecutionHTTP.service(fuseki.sparql()).query(neighbourhood).build()) {
                    rows = ResultSetFormatter.consume(exec.execSelect());
                }
                plain[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                try (QueryExecution exec = QueryExecutionHTTP.service(fuseki.sparql()).query(ask).build()) {
                    exec.execAsk();
                }
                trip[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(plain);
            Arrays.sort(trip);
            System.out.println("RESULT " + first + " " + later[runs / 2] + " " + bare[runs / 2] + " " + requests + " "
                    + plain[runs / 2] + " " + rows + " " + trip[runs / 2]);
        }
        Platform.exit();
        System.exit(0);
    }

    /** Opens the entity in a fresh view and returns the milliseconds to its first frame with nodes. */
    private static double openOnce(RemoteStore store, String iri) throws Exception {
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        GraphView[] view = new GraphView[1];
        Platform.runLater(() -> {
            ExplorerContext context = new ExplorerContext(store, new TaskRunner(), new I18n());
            view[0] = new GraphView(new GraphViewModel(context));
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view[0], 1280, 800));
            stage[0].show();
            ready.countDown();
        });
        ready.await();
        Thread.sleep(300);
        Platform.runLater(() -> {
            long before = view[0].canvas().framesPresented();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (view[0].canvas().scene().nodeCount() > 1 && view[0].canvas().framesPresented() > before) {
                        end.set(System.nanoTime());
                        stop();
                        shown.countDown();
                    }
                }
            }.start();
            start.set(System.nanoTime());
            view[0].openEntity(iri);
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame with the neighbourhood within 60 s");
        }
        Platform.runLater(() -> {
            stage[0].close();
            view[0].dispose();
        });
        return (end.get() - start.get()) / 1e6;
    }
}
