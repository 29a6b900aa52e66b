package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kgexplorer.core.task.Cancellation;

/**
 * One input read into in-memory graphs of its own, held apart from the store until the whole load succeeds (ADR 3),
 * the parse and the storing overlapping when asked (ADR 49): the parser, on the parse thread, hands the triples in
 * batches through a bounded queue to the calling thread, which adds them to the graphs while the parser reads on
 * (else the parse thread adds each batch itself). A parse
 * that fails or is cancelled leaves only these graphs, which nobody else sees; a failure while storing stops the
 * parse.
 */
final class StoredSource {
    /** Triples per batch: large enough that the queue's hand-over costs nothing per triple. */
    static final int BATCH = 4096;
    /** Batches in the queue: how far the parser may run ahead of the storing before it waits. */
    static final int QUEUE_BATCHES = 16;

    private final RdfInput input;
    private final Lang lang;
    private final Map<Node, Graph> graphs;
    private final Map<String, String> prefixes;
    private final List<Triple> titleTriples;

    private StoredSource(RdfInput input, Lang lang, Map<Node, Graph> graphs, Map<String, String> prefixes,
                         List<Triple> titleTriples) {
        this.input = input;
        this.lang = lang;
        this.graphs = graphs;
        this.prefixes = prefixes;
        this.titleTriples = titleTriples;
    }

    /**
     * Parses {@code input} into graphs that {@code newGraph} makes: stored on this thread while the parse thread
     * reads on when {@code overlap}, else on the parse thread between its reads (one thread busy, not two).
     */
    static StoredSource read(RdfInput input, ParsePolicy policy, LongConsumer bytesRead, Cancellation cancellation,
                             boolean overlap, Supplier<Graph> newGraph) throws DataLoadException {
        Storing storing = new Storing(newGraph);
        if (!overlap) {
            Batching sink = new Batching(storing::store);
            Lang lang = SourceParser.start(input, policy, bytesRead, cancellation, sink, sink::end).join();
            return new StoredSource(input, lang, storing.graphs, sink.prefixes, sink.titleTriples);
        }
        Overlapped read = overlapped(input, policy, bytesRead, cancellation, storing::store);
        return new StoredSource(input, read.lang(), storing.graphs, read.sink().prefixes, read.sink().titleTriples);
    }

    /**
     * Parses {@code input} on the parse thread, as {@link #read} does, and hands each triple with its graph's name
     * ({@link Quad#defaultGraphIRI} for the default graph) to {@code each} on this thread while the parser reads on;
     * keeps nothing. A failure of {@code each} stops the parse.
     *
     * @return the syntax it was read as, or null for an empty input
     */
    static Lang stream(RdfInput input, ParsePolicy policy, LongConsumer bytesRead, Cancellation cancellation,
                       BiConsumer<Node, Triple> each) throws DataLoadException {
        return overlapped(input, policy, bytesRead, cancellation, batch -> {
            Triple[] triples = batch.triples();
            for (int i = 0; i < batch.size(); i++) {
                each.accept(batch.graph(), triples[i]);
            }
        }).lang();
    }

    /** What an overlapped parse gave: its syntax and the sink that saw it. */
    private record Overlapped(Lang lang, Batching sink) {
    }

    /** The parse on the parse thread, its batches taken on this one by {@code take} (which ignores {@link Batch#END}). */
    private static Overlapped overlapped(RdfInput input, ParsePolicy policy, LongConsumer bytesRead,
                                         Cancellation cancellation, Consumer<Batch> take) throws DataLoadException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        Batching sink = new Batching(queue::put);
        SourceParser.Parsing parsing = SourceParser.start(input, policy, bytesRead, cancellation, sink, sink::end);
        try {
            for (Batch batch = queue.take(); batch != Batch.END; batch = queue.take()) {
                take.accept(batch);
            }
        } catch (InterruptedException e) {
            parsing.stop();
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (RuntimeException | Error e) {
            parsing.stop();
            throw e;
        }
        return new Overlapped(parsing.join(), sink);
    }

    /** The graphs read, by name ({@link Quad#defaultGraphIRI} for the default graph), in order of appearance. */
    Map<Node, Graph> graphs() {
        return graphs;
    }

    /** The prefixes read, in order. */
    Map<String, String> prefixes() {
        return prefixes;
    }

    /** What the store lists for this input. */
    LoadedSource describe() {
        return new LoadedSource(input.name(), input.location(), lang == null ? "empty" : lang.getLabel(),
                distinctTriples(), SourceTitles.of(titleTriples), SourceTitles.spanish(titleTriples));
    }

    /** How many different triples the input states, in its default graph and its named graphs together. */
    long distinctTriples() {
        long distinct = 0;
        List<Graph> earlier = new ArrayList<>();
        for (Graph graph : graphs.values()) {
            if (earlier.isEmpty()) {
                distinct += graph.size();
            } else {
                var it = graph.find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (earlier.stream().noneMatch(g -> g.contains(t))) {
                        distinct++;
                    }
                }
            }
            earlier.add(graph);
        }
        return distinct;
    }

    /** Triples of one graph in the order read; {@link #END} ends the input. */
    private record Batch(Node graph, Triple[] triples, int size) {
        static final Batch END = new Batch(null, new Triple[0], 0);
    }

    /** Adds batches to the input's graphs, by name, in order of appearance; skips {@link Batch#END}. */
    private static final class Storing {
        private final Supplier<Graph> newGraph;
        final Map<Node, Graph> graphs = new LinkedHashMap<>();
        private Node lastName;
        private Graph last;

        Storing(Supplier<Graph> newGraph) {
            this.newGraph = newGraph;
        }

        void store(Batch batch) {
            if (batch == Batch.END) {
                return;
            }
            if (batch.graph() != lastName) {
                lastName = batch.graph();
                last = graphs.computeIfAbsent(lastName, name -> newGraph.get());
            }
            Triple[] triples = batch.triples();
            for (int i = 0; i < batch.size(); i++) {
                last.add(triples[i]);
            }
        }
    }

    /** Where the parser's batches go: the queue, or straight into the graphs. */
    @FunctionalInterface
    private interface Hand {
        void hand(Batch batch) throws InterruptedException;
    }

    /** The parser's end: triples in batches (used on the parse thread only). */
    private static final class Batching implements StreamRDF {
        private final Hand out;
        final Map<String, String> prefixes = new LinkedHashMap<>();
        /** What {@link SourceTitles} may look at, in order: a few triples of the input. */
        final List<Triple> titleTriples = new ArrayList<>();
        private Node graph;
        private Triple[] triples = new Triple[BATCH];
        private int size;

        Batching(Hand out) {
            this.out = out;
        }

        @Override
        public void start() {
            // Nothing to set up.
        }

        @Override
        public void triple(Triple triple) {
            add(Quad.defaultGraphIRI, triple);
        }

        @Override
        public void quad(Quad quad) {
            add(quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph(), quad.asTriple());
        }

        @Override
        public void base(String base) {
            // The base only matters while parsing.
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        @Override
        public void finish() {
            // The end of the input is sent by end(), however the parse ended.
        }

        private void add(Node name, Triple triple) {
            if (size > 0 && !name.equals(graph)) {
                hand(new Batch(graph, triples, size));
            }
            graph = name;
            triples[size++] = triple;
            if (SourceTitles.mayMatter(triple)) {
                titleTriples.add(triple);
            }
            if (size == BATCH) {
                hand(new Batch(graph, triples, size));
            }
        }

        private void hand(Batch batch) {
            try {
                out.hand(batch);
            } catch (InterruptedException e) {
                // stopped: keep the interrupt, so that end() does not wait for a queue nobody reads
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled");
            }
            triples = new Triple[BATCH];
            size = 0;
        }

        /** Sends what is left and the end of the input; runs after the parse, however it ended. */
        void end() {
            try {
                if (size > 0) {
                    out.hand(new Batch(graph, triples, size));
                }
                out.hand(Batch.END);
            } catch (InterruptedException e) {
                // stopped: nobody reads the queue any more
                Thread.currentThread().interrupt();
            }
        }
    }
}
