package org.kgexplorer.bench.endpoint;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;
import org.kgexplorer.cli.KgxCli;
import org.kgexplorer.testing.LoopbackFuseki;

/**
 * CSV of a 1,000,000-row answer from a SPARQL endpoint (issue 16, ADR 40): Apache Jena Fuseki in this JVM on
 * loopback, serving 1,000,000 generated triples. {@code endpoint-csv} is ours, {@code query --endpoint URL --format csv
 * -o FILE} run through the command line's entry point in this JVM (the spreadsheet-safe CSV users get by default);
 * {@code endpoint-csv-jena} is Jena's own {@code QueryExecutionHTTP} and {@code ResultSetMgr} CSV writer over the
 * same server. Each is warmed up once, then they are taken turn about; rows: the medians in rows per second and
 * ours over Jena's.
 */
public final class EndpointCsvBenchmark implements Benchmark {
    static final int ROWS = 1_000_000;
    static final String EX = "http://example.org/bench/";
    static final String QUERY = "SELECT ?s ?rank WHERE { ?s <" + EX + "rank> ?rank }";

    @Override
    public String name() {
        return "endpoint-csv";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path dir = Files.createDirectories(context.benchDir().resolve("endpoint-csv"));
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node rank = NodeFactory.createURI(EX + "rank");
        data.executeWrite(() -> {
            for (int i = 0; i < ROWS; i++) {
                data.getDefaultGraph().add(Triple.create(NodeFactory.createURI(EX + "item" + i), rank,
                        NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            }
        });
        try (LoopbackFuseki fuseki = LoopbackFuseki.open("bench", data)) {
            Path ours = dir.resolve("ours.csv");
            Path jena = dir.resolve("jena.csv");
            ours(fuseki.sparql(), ours);
            jena(fuseki.sparql(), jena);
            List<Double> oursRate = new ArrayList<>();
            List<Double> jenaRate = new ArrayList<>();
            for (int i = 0, runs = context.runs(3); i < runs; i++) {
                oursRate.add(ROWS / ours(fuseki.sparql(), ours));
                jenaRate.add(ROWS / jena(fuseki.sparql(), jena));
            }
            double o = median(oursRate);
            double j = median(jenaRate);
            results.add("endpoint-csv", Integer.toString(ROWS), o, "rows/s");
            results.add("endpoint-csv-jena", Integer.toString(ROWS), j, "rows/s");
            results.add("endpoint-csv-ratio", Integer.toString(ROWS), o / j, "x");
        }
    }

    /** Seconds for ours to write the whole answer. */
    private static double ours(String url, Path target) throws Exception {
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = KgxCli.run(new String[] {"query", "--endpoint", url, "-e", QUERY, "--format", "csv", "-o",
                target.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("query --endpoint failed (" + code + "): " + err);
        }
        check(target);
        return seconds;
    }

    /** Seconds for Jena's own client and CSV writer to write the whole answer. */
    private static double jena(String url, Path target) throws Exception {
        long start = System.nanoTime();
        try (QueryExecution exec = QueryExecutionHTTP.service(url).query(QUERY).build();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            ResultSetMgr.write(out, exec.execSelect(), ResultSetLang.RS_CSV);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check(target);
        return seconds;
    }

    private static void check(Path csv) throws Exception {
        long lines;
        try (var stream = Files.lines(csv)) {
            lines = stream.count();
        }
        if (lines != ROWS + 1) {
            throw new IllegalStateException(csv + " has " + lines + " lines, not " + (ROWS + 1));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
