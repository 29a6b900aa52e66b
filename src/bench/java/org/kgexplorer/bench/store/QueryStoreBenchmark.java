package org.kgexplorer.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;

/**
 * Three queries of the generator's own shape on a database of N generated ORG-shaped triples (seed 1, made by our
 * {@code load --store --no-default} once and kept in {@code target/bench/query-store/} for the next run), each a
 * fresh JVM start to exit, as a user runs them: {@code query-store-lookup} (one agency's facts),
 * {@code query-store-join3} (the members of one task force with their roles: three patterns),
 * {@code query-store-join6} (the prosecutors' memberships of one country's agencies with their obligations on the
 * three threats: six patterns and a filter). Ours is {@code java -jar target/kg-explorer.jar query --store DIR
 * --format csv -f FILE}, beside {@code query-store-...-jena}: Jena's {@code tdb2.tdbquery --loc DIR
 * --results=CSV --query FILE} on the same folder; both must give the same number of rows. Taken turn about after one
 * warm-up of each, each row the median in ms. N is 10,000,000 (issue 15) unless
 * {@code -Dbench.query-store.triples=N}. Goal: ours at most 1.2 times Jena's.
 */
public final class QueryStoreBenchmark implements Benchmark {
    private static final String PREFIXES = """
            PREFIX gen: <https://kgexplorer.org/generated/>
            PREFIX kgx: <https://kgexplorer.org/ontology#>
            """;
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("lookup", PREFIXES + "SELECT ?p ?o WHERE { gen:agency-1000 ?p ?o }\n");
        QUERIES.put("join3", PREFIXES + """
                SELECT ?agency ?role WHERE {
                  ?m kgx:organization gen:taskforce-100 .
                  ?m kgx:member ?agency .
                  ?m kgx:role ?role .
                }
                """);
        QUERIES.put("join6", PREFIXES + """
                SELECT ?agency ?tf ?obligation ?issue WHERE {
                  ?agency kgx:belongsToCountry gen:country-7 .
                  ?m kgx:member ?agency .
                  ?m kgx:role kgx:ProsecutorRole .
                  ?m kgx:organization ?tf .
                  ?obligation kgx:boundParty ?agency .
                  ?obligation kgx:addresses ?issue .
                  FILTER (?issue IN (gen:issue-0, gen:issue-1, gen:issue-2))
                }
                """);
    }

    @Override
    public String name() {
        return "query-store";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.query-store.triples", 10_000_000L);
        Path jar = ChildProcess.jar(context);
        Path dir = context.benchDir().resolve("query-store");
        Path db = dir.resolve("db-" + n);
        Path made = dir.resolve("db-" + n + ".made");
        if (!Files.isRegularFile(made)) {
            Path data = ChildProcess.generated(dir, n);
            ChildProcess.deleteTree(db);
            ChildProcess.run(List.of(ChildProcess.java(), "-jar", jar.toString(), "load", "--store", db.toString(),
                    "--no-default", "--data", data.toString()), dir, 7200);
            Files.deleteIfExists(data);
            Files.writeString(made, "made by load --store\n");
        }
        ChildProcess.logLoad(name(), "before");
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            Path file = Files.writeString(dir.resolve(q.getKey() + ".rq"), q.getValue());
            List<String> ours = List.of(ChildProcess.java(), "-jar", jar.toString(), "query", "--store", db.toString(),
                    "--format", "csv", "-f", file.toString());
            List<String> jena = new ArrayList<>(ChildProcess.javaCp(List.of(), "tdb2.tdbquery"));
            jena.addAll(List.of("--loc", db.toString(), "--results=CSV", "--query", file.toString()));
            long rows = rows(ChildProcess.run(ours, dir, 600));
            long jenaRows = rows(ChildProcess.run(jena, dir, 600));
            if (rows != jenaRows || rows == 0) {
                throw new IllegalStateException(q.getKey() + ": ours gave " + rows + " rows, Jena " + jenaRows);
            }
            List<Double> oursMs = new ArrayList<>();
            List<Double> jenaMs = new ArrayList<>();
            for (int i = 0; i < context.runs(5); i++) {
                oursMs.add(ChildProcess.run(ours, dir, 600).millis());
                jenaMs.add(ChildProcess.run(jena, dir, 600).millis());
            }
            System.out.println("[bench] query-store-" + q.getKey() + " (" + rows + " rows) runs (ms): ours " + oursMs
                    + ", jena " + jenaMs);
            double oursMedian = ChildProcess.median(oursMs);
            double jenaMedian = ChildProcess.median(jenaMs);
            results.add("query-store-" + q.getKey(), Long.toString(n), oursMedian, "ms");
            results.add("query-store-" + q.getKey() + "-jena", Long.toString(n), jenaMedian, "ms");
            results.add("query-store-" + q.getKey() + "-ratio", Long.toString(n), oursMedian / jenaMedian, "x");
        }
        ChildProcess.logLoad(name(), "after");
    }

    /** The rows of a CSV answer: its lines less the header (no value here holds a line break). */
    private static long rows(ChildProcess.Run run) {
        return run.out().lines().filter(l -> !l.isEmpty()).count() - 1;
    }
}
