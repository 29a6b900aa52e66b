package org.kgexplorer.core.remote;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultSetWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.DataSummary;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadedSource;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInput;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A SPARQL 1.1 endpoint as a store (ADR 40): queries go to the server through Jena's {@link QueryExecHTTP} over the
 * JDK's HTTP client, their answers stream, and every failure becomes an {@link EndpointException} naming the
 * endpoint. A time limit covers connecting and the whole answer: when it passes, the answer's stream is closed and
 * the reading thread interrupted, which ends a wait for bytes that may never come. Nothing is held between requests but the client's connections.
 */
public final class RemoteStore implements KnowledgeStore {
    /** How long connecting may take when no time limit is given. */
    static final long DEFAULT_CONNECT_MILLIS = 30_000;
    /** How many names one label query asks for. */
    private static final int LABEL_BATCH = 200;
    /** What may stand between {@code <} and {@code >} in a query (a blank node's name, say, may not). */
    private static final java.util.regex.Pattern IRI_REF = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\"{}|^`\\\\\\s]*");
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kgx-endpoint-deadlines");
        t.setDaemon(true);
        return t;
    });

    /**
     * The graph of the {@link #readGraph} running on this thread: a read nested in another (the graph's expansion
     * reads the entity, then its neighbours) shares what the outer one has read.
     */
    private static final ThreadLocal<RemoteGraph> READING = new ThreadLocal<>();

    private final Endpoint endpoint;
    private final HttpClient client;
    private final Map<String, String> headers;
    private final EndpointFailures failures;
    private final long timeoutMillis;
    private final EndpointProfile profile;

    /**
     * A store over {@code endpoint}; its own requests (counts, {@link #readGraph}) stop after {@code timeoutMillis}
     * when positive. Nothing is sent yet.
     *
     * @throws IllegalArgumentException when the certificate file cannot be read or holds no certificate
     */
    public RemoteStore(Endpoint endpoint, long timeoutMillis) {
        this(endpoint, timeoutMillis, new EndpointProfile(endpoint.url(), endpoint.auth(), endpoint.user(),
                endpoint.caCert(), (int) Math.max(0, (timeoutMillis + 999) / 1000), EndpointProfile.DEFAULT_PAGE_SIZE,
                TextSearch.NONE));
    }

    /**
     * A store over the endpoint the window's dialog describes, with {@code secret} for its authentication (held in
     * memory only); each request of the screens stops after the profile's time limit. Nothing is sent yet.
     *
     * @throws IllegalArgumentException when the certificate file cannot be read or holds no certificate
     */
    public RemoteStore(EndpointProfile profile, String secret) {
        this(profile.endpoint(secret), profile.timeoutMillis(), profile);
    }

    private RemoteStore(Endpoint endpoint, long timeoutMillis, EndpointProfile profile) {
        this.endpoint = endpoint;
        this.profile = profile;
        this.timeoutMillis = timeoutMillis;
        this.client = EndpointClient.build(endpoint, timeoutMillis > 0 ? Math.min(timeoutMillis, DEFAULT_CONNECT_MILLIS)
                : DEFAULT_CONNECT_MILLIS);
        this.headers = EndpointClient.headers(endpoint);
        this.failures = new EndpointFailures(endpoint);
    }

    /** Whether {@code iri} can be written between {@code <} and {@code >} in a query (a blank node's name cannot). */
    public static boolean writableIri(String iri) {
        return iri != null && IRI_REF.matcher(iri).matches();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The endpoint as the window remembers it (no secret): time limit, page size, text search. */
    public EndpointProfile profile() {
        return profile;
    }

    /** The time limit of this store's own requests in milliseconds, or 0 for none. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The same endpoint and connections, searched through {@code search} (what the probe found). */
    public RemoteStore withTextSearch(TextSearch search) {
        return new RemoteStore(this, profile.withTextSearch(search));
    }

    /** The same endpoint and connections, its own requests stopped after {@code millis} (a probe's shorter limit). */
    public RemoteStore withTimeout(long millis) {
        return new RemoteStore(this, profile, millis);
    }

    private RemoteStore(RemoteStore same, EndpointProfile profile) {
        this(same, profile, same.timeoutMillis);
    }

    private RemoteStore(RemoteStore same, EndpointProfile profile, long timeoutMillis) {
        this.endpoint = same.endpoint;
        this.client = same.client;
        this.headers = same.headers;
        this.failures = same.failures;
        this.timeoutMillis = timeoutMillis;
        this.profile = profile;
    }

    /** The endpoint is the data: nothing was loaded here. */
    @Override
    public List<LoadedSource> sources() {
        return List.of();
    }

    @Override
    public List<LoadedSource> load(List<RdfInput> inputs, LoadMode mode, ParsePolicy policy, ProgressListener progress,
                                   Cancellation cancellation) throws DataLoadException {
        throw new DataLoadException(endpoint.url().toString(), "an endpoint is read-only: its data is loaded on the server");
    }

    @Override
    public long tripleCount() {
        return count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeoutMillis);
    }

    @Override
    public int namedGraphCount() {
        return graphs(timeoutMillis);
    }

    /**
     * The named graphs: {@code GRAPH ?g { }}, which Fuseki answers from its list of graphs; when that says none, the
     * graphs that hold a triple, since Virtuoso 7.2 answers 0 to the empty pattern whatever it holds (tried by hand,
     * README "When the data outgrows one machine"). Where there are really none, the second count finds no triple
     * in a named graph at once.
     */
    private int graphs(long limitMillis) {
        long start = System.nanoTime();
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }", limitMillis);
        if (graphs == 0) {
            graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", left(start, limitMillis));
        }
        return (int) graphs;
    }

    @Override
    public DataSummary summary(List<String> languages) {
        return summary(languages, timeoutMillis);
    }

    /**
     * The counts {@code stats} prints, by {@code COUNT} queries within {@code limitMillis} (when positive) for them
     * all: the triples and graphs must finish ({@link EndpointException} with {@link EndpointException.Kind#TIMEOUT}
     * when they do not); the classes and properties are left out, {@link DataSummary#usageCounted()} false, when
     * the rest of the time is not enough for them.
     */
    public DataSummary summary(List<String> languages, long limitMillis) {
        long start = System.nanoTime();
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", left(start, limitMillis));
        int graphs = graphs(left(start, limitMillis));
        try {
            List<DataSummary.Usage> classes = usage("SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?x } GROUP BY ?x",
                    left(start, limitMillis));
            List<DataSummary.Usage> properties = usage("SELECT ?x (COUNT(*) AS ?n) WHERE { ?s ?x ?o } GROUP BY ?x",
                    left(start, limitMillis));
            return new DataSummary(triples, graphs, labelled(classes, languages, left(start, limitMillis)),
                    labelled(properties, languages, left(start, limitMillis)), true);
        } catch (EndpointException e) {
            if (e.kind() != EndpointException.Kind.TIMEOUT) {
                throw e;
            }
            return new DataSummary(triples, graphs, List.of(), List.of(), false);
        }
    }

    /** What is left of {@code limitMillis} since {@code start}; a timeout when nothing is. */
    private long left(long start, long limitMillis) {
        if (limitMillis <= 0) {
            return 0;
        }
        long left = limitMillis - (System.nanoTime() - start) / 1_000_000;
        if (left <= 0) {
            throw failures.timedOut(limitMillis);
        }
        return left;
    }

    /** The number a {@code SELECT (COUNT(..) AS ?n)} answers, within {@code limitMillis} when positive. */
    long count(String sparql, long limitMillis) {
        return query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), limitMillis, exec -> {
            ResultSet rows = exec.execSelect();
            if (!rows.hasNext()) {
                return 0L;
            }
            QuerySolution row = rows.next();
            return row.contains("n") && row.get("n").isLiteral() ? row.getLiteral("n").getLong() : 0L;
        });
    }

    private List<DataSummary.Usage> usage(String sparql, long limitMillis) {
        return query(QueryFactory.create(sparql), false, ARQ.getContext().copy(), limitMillis, exec -> {
            List<DataSummary.Usage> found = new ArrayList<>();
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (row.contains("x") && row.contains("n") && row.get("n").isLiteral()) {
                    Node node = row.get("x").asNode();
                    found.add(new DataSummary.Usage(node.isURI() ? node.getURI() : node.toString(), "",
                            row.getLiteral("n").getLong()));
                }
            }
            found.sort(Comparator.comparingLong(DataSummary.Usage::count).reversed().thenComparing(DataSummary.Usage::iri));
            return found;
        });
    }

    /** The usages with their labels, looked up in batches ({@link #names}) into a small local graph. */
    private List<DataSummary.Usage> labelled(List<DataSummary.Usage> found, List<String> languages, long limitMillis) {
        Graph names = names(found.stream().map(u -> NodeFactory.createURI(u.iri())).toList(), limitMillis);
        LabelResolver labels = new LabelResolver(names, languages);
        return found.stream().map(u -> new DataSummary.Usage(u.iri(),
                labels.labelOrName(NodeFactory.createURI(u.iri())), u.count())).toList();
    }

    /**
     * The naming triples of these resources in a small local graph that {@link LabelResolver} reads: one {@code
     * SELECT} with {@code VALUES} per 200 IRIs, not one per IRI and naming property (blank nodes have no name the
     * server would know again, and are left out).
     */
    private Graph names(java.util.Collection<Node> resources, long limitMillis) {
        Graph names = GraphFactory.createDefaultGraph();
        StringBuilder properties = new StringBuilder();
        LabelResolver.LABEL_PROPERTIES.forEach(p -> properties.append(" <").append(p.getURI()).append('>'));
        List<String> iris = resources.stream().filter(Node::isURI).map(Node::getURI).distinct()
                .filter(iri -> IRI_REF.matcher(iri).matches()).toList();
        for (int from = 0; from < iris.size(); from += LABEL_BATCH) {
            StringBuilder values = new StringBuilder();
            iris.subList(from, Math.min(iris.size(), from + LABEL_BATCH)).forEach(iri -> values.append(" <").append(iri).append('>'));
            Query query = QueryFactory.create("SELECT ?x ?p ?l WHERE { VALUES ?x {" + values + " } VALUES ?p {"
                    + properties + " } ?x ?p ?l }");
            query(query, false, ARQ.getContext().copy(), limitMillis, exec -> {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    var row = rows.nextBinding();
                    Node x = row.get(Var.alloc("x"));
                    Node p = row.get(Var.alloc("p"));
                    Node l = row.get(Var.alloc("l"));
                    if (x != null && p != null && l != null) {
                        names.add(Triple.create(x, p, l));
                    }
                }
                return null;
            });
        }
        return names;
    }

    /** Answers stream from the server: the window reads them a page at a time from one open answer (ADR 42). */
    @Override
    public boolean answersStream() {
        return true;
    }

    /** The names of {@code resources}, fetched in batches of 200 under this store's time limit ({@link #names}). */
    @Override
    public <T> T readLabels(java.util.Collection<Node> resources, Function<Graph, T> action) {
        return action.apply(names(resources, timeoutMillis));
    }

    /** The endpoint declares no prefixes to a client. */
    @Override
    public Map<String, String> prefixes() {
        return Map.of();
    }

    /**
     * The endpoint's data as a {@link Graph} ({@link RemoteGraph}): a node's neighbourhood, or its names and types,
     * in one request each, anything else one {@code SELECT} of the pattern, read whole, under this store's time
     * limit (meant for patterns with a fixed subject or object, as the expansion, details and labels ask).
     */
    @Override
    public <T> T readGraph(Function<Graph, T> action) {
        return readGraph(timeoutMillis, action);
    }

    private <T> T readGraph(long limitMillis, Function<Graph, T> action) {
        return readGraph(limitMillis, RemoteGraph.NEIGHBOURHOOD_ROWS, action);
    }

    /** {@link #readGraph}, a neighbourhood of more than {@code neighbourhoodRows} rows read node by node. */
    <T> T readGraph(long limitMillis, int neighbourhoodRows, Function<Graph, T> action) {
        RemoteGraph reading = READING.get();
        if (reading != null && reading.store() == this && reading.limitMillis() == limitMillis) {
            return action.apply(reading);
        }
        RemoteGraph graph = new RemoteGraph(this, limitMillis, neighbourhoodRows);
        READING.set(graph);
        try {
            return action.apply(graph);
        } finally {
            if (reading == null) {
                READING.remove();
            } else {
                READING.set(reading);
            }
        }
    }

    /**
     * Sends the query and hands its execution to {@code action}; the answer streams while {@code action} reads it.
     * {@code rdfs} is refused (the server reasons, or not, as it is configured); SERVICE is refused as for a local
     * store unless the context allows it; a positive {@code timeoutMillis} covers connecting and the whole answer.
     *
     * @throws EndpointException for every failure of the endpoint, and for the timeout
     */
    @Override
    public <T> T query(Query query, boolean rdfs, Context context, long timeoutMillis, Function<QueryExecution, T> action) {
        if (rdfs) {
            throw new IllegalArgumentException("RDFS entailment is the endpoint's own setting, not a client's");
        }
        ClosingClient requestClient = new ClosingClient(client);
        Deadline deadline = new Deadline(Thread.currentThread(), requestClient, timeoutMillis);
        QueryExec http = QueryExecHTTP.service(endpoint.url().toString())
                .httpClient(requestClient)
                .httpHeaders(new java.util.LinkedHashMap<>(headers))
                .query(query)
                // a long query goes as an HTML form (application/x-www-form-urlencoded), not as a body of type
                // application/sparql-query (Jena's default): Virtuoso 7.2 never answers the latter, not even ASK {}
                // (tried by hand, README "When the data outgrows one machine"); every SPARQL 1.1 server takes forms
                .sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm)
                .context(context)
                .timeout(timeoutMillis > 0 ? timeoutMillis : -1, TimeUnit.MILLISECONDS)
                .build();
        Execution execution = new Execution(http, query, context, deadline, requestClient);
        try (QueryExecution exec = execution) {
            return action.apply(exec);
        } catch (RuntimeException e) {
            if (execution.aborted) {
                throw new QueryCancelledException();
            }
            // the endpoint's own failures are translated where they arise (Execution); past the deadline, whatever
            // the interrupt broke (a read, a write into an interruptible channel) is the timeout; once the reading
            // thread was interrupted (a cancelled task), it is a cancel
            if (deadline.passed()) {
                throw failures.timedOut(timeoutMillis);
            }
            if (deadline.cancelled()) {
                throw cancelled();
            }
            throw e;
        } finally {
            deadline.finish();
            execution.finish();
        }
    }

    /** Whether the JDK's client gave up waiting because the thread was interrupted (it clears the flag). */
    private static boolean interrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t.getClass() == java.io.InterruptedIOException.class
                    || t instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    private static java.util.concurrent.CancellationException cancelled() {
        return new java.util.concurrent.CancellationException("cancelled");
    }

    /**
     * Watches a request every 100 ms until it ends (ADR 41): when the time limit passes, or when the thread reading
     * the answer has been interrupted (a cancelled background task: the JDK's body stream ignores an interrupt),
     * closes the request's response bodies and interrupts the reader, again every round until the reader has
     * finished (a body may be handed out just after a round). A cancel so takes effect within about 100 ms.
     */
    private static final class Deadline {
        private static final long AGAIN_MILLIS = 100;
        private final Thread reader;
        private final ClosingClient client;
        private final long millis;
        private final long endsAt;
        private ScheduledFuture<?> alarm;
        private boolean finished;
        private boolean passed;
        private boolean cancelled;

        Deadline(Thread reader, ClosingClient client, long millis) {
            this.reader = reader;
            this.client = client;
            this.millis = millis;
            this.endsAt = millis > 0 ? System.nanoTime() + millis * 1_000_000 : Long.MAX_VALUE;
            synchronized (this) {
                this.alarm = DEADLINES.schedule(this::watch, millis > 0 ? Math.min(millis, AGAIN_MILLIS) : AGAIN_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
        }

        private synchronized void watch() {
            if (finished) {
                return;
            }
            if (!passed && !cancelled) {
                if (reader.isInterrupted()) {
                    cancelled = true;
                } else if (System.nanoTime() - endsAt >= 0) {
                    passed = true;
                }
            }
            if (passed || cancelled) {
                client.closeBodies();
                reader.interrupt();
            }
            long next = passed || cancelled || endsAt == Long.MAX_VALUE ? AGAIN_MILLIS
                    : Math.max(1, Math.min(AGAIN_MILLIS, (endsAt - System.nanoTime()) / 1_000_000));
            alarm = DEADLINES.schedule(this::watch, next, TimeUnit.MILLISECONDS);
        }

        synchronized boolean passed() {
            return passed;
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        /** Stops the watch; the interrupt it may have raised for a timeout is not left for the reader's next wait. */
        synchronized void finish() {
            finished = true;
            alarm.cancel(false);
            if (passed) {
                Thread.interrupted();
            }
        }
    }

    /**
     * The execution handed to a caller: SERVICE checked before anything is sent, and every failure of the endpoint,
     * when the answer is asked for or while it is read, an {@link EndpointException} (not Jena's messages, which
     * may repeat the request's headers).
     */
    private final class Execution extends QueryExecutionAdapter {
        private final Query query;
        private final Context context;
        private final Deadline deadline;
        private final ClosingClient client;
        private final Thread reader = Thread.currentThread();
        private volatile boolean aborted;
        private boolean finished;

        Execution(QueryExec exec, Query query, Context context, Deadline deadline, ClosingClient client) {
            super(exec);
            this.query = query;
            this.context = context;
            this.deadline = deadline;
            this.client = client;
        }

        /**
         * Stops the request from any thread at once, as the deadline does (ADR 42): closes the answer's stream and
         * interrupts the thread waiting for it. Jena's own abort is {@code close()}, which reads one more byte first
         * and so waits on a server that has stopped sending.
         */
        @Override
        public void abort() {
            synchronized (this) {
                if (finished || aborted) {
                    return;
                }
                aborted = true;
                client.closeBodies();
                reader.interrupt();
            }
        }

        /** The request is over: no abort interrupts the thread from now on, nor leaves an interrupt behind. */
        synchronized void finish() {
            finished = true;
            if (aborted) {
                Thread.interrupted();
            }
        }

        private void refuseService() {
            if (context.isTrue(ARQ.httpServiceAllowed)) {
                return;
            }
            boolean[] found = {false};
            OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpService op) {
                    found[0] = true;
                }
            });
            if (found[0]) {
                throw new QueryDeniedException("SERVICE not allowed");
            }
        }

        private RuntimeException failed(RuntimeException e) {
            if (aborted) {
                return new QueryCancelledException();
            }
            if (deadline.passed()) {
                return failures.timedOut(deadline.millis);
            }
            if (deadline.cancelled() || Thread.currentThread().isInterrupted() || interrupted(e)) {
                return cancelled();
            }
            return failures.translate(e);
        }

        @Override
        public ResultSet execSelect() {
            refuseService();
            try {
                return new Rows(super.execSelect());
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean execAsk() {
            refuseService();
            try {
                return super.execAsk();
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        @Override
        public Model execConstruct() {
            refuseService();
            try {
                return super.execConstruct();
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        @Override
        public Model execDescribe() {
            refuseService();
            try {
                return super.execDescribe();
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        /** The rows as they arrive; a failure while reading them is the endpoint's. */
        private final class Rows extends ResultSetWrapper {
            Rows(ResultSet rows) {
                super(rows);
            }

            @Override
            public boolean hasNext() {
                try {
                    return super.hasNext();
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }

            @Override
            public QuerySolution next() {
                try {
                    return super.next();
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }

            @Override
            public QuerySolution nextSolution() {
                try {
                    return super.nextSolution();
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }

            @Override
            public org.apache.jena.sparql.engine.binding.Binding nextBinding() {
                try {
                    return super.nextBinding();
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }
        }
    }
}
