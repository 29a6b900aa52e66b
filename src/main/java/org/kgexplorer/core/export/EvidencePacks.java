package org.kgexplorer.core.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.graph.ClassColours;
import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.graph.GraphOperations;
import org.kgexplorer.core.graph.GraphState;
import org.kgexplorer.core.graph.KgGraph;
import org.kgexplorer.core.graph.NodeInfo;
import org.kgexplorer.core.graph.Relationships;
import org.kgexplorer.core.graph.StepEvidence;
import org.kgexplorer.core.graph.VisibleGraph;
import org.kgexplorer.core.graph.layout.ForceAtlas2Layout;
import org.kgexplorer.core.graph.layout.HierarchicalLayout;
import org.kgexplorer.core.graph.layout.LayoutSnapshot;
import org.kgexplorer.core.graph.layout.RadialLayout;
import org.kgexplorer.core.graph.layout.SnapshotLayout;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Makes an evidence pack's scene from a view (ADR 47): the view's query run again on the loaded data (its answer
 * labelled as the results table labels it), the view's graph read as the graph view restores it
 * ({@link GraphOperations#restore}), the evidence of each relationship drawn read as the details panel reads it
 * ({@link StepEvidence}), and the reproducibility block of a saved CSV ({@link ResultProvenance}).
 */
public final class EvidencePacks {
    /** The rows of an answer a pack shows (the row count is the whole answer's, a streamed one's up to one more). */
    public static final int ROWS = 1000;
    /** The most layout steps spent placing the nodes a saved view did not place itself. */
    static final int LAYOUT_STEPS = 3000;

    private EvidencePacks() {
    }

    /**
     * What every scene of one pack shares, read once per pack.
     *
     * @param mode          the label language
     * @param rdfs          whether the queries run with RDFS entailment
     * @param timeoutMillis stop each query after this long (0: no limit), as the results view does
     * @param streams       the store streams its answers (an endpoint's): counting stops one row past those shown
     * @param sources       the reproducibility block's sources, each file's SHA-256 computed once
     */
    public record Options(LabelMode mode, boolean rdfs, long timeoutMillis, boolean streams, JsonArray sources) {
        /** The options for a pack of {@code store}'s views (its sources' checksums computed here). */
        public static Options of(KnowledgeStore store, LabelMode mode, boolean rdfs, long timeoutMillis) {
            return new Options(mode, rdfs, timeoutMillis, store instanceof RemoteStore,
                    ResultProvenance.sources(store));
        }
    }

    /**
     * The scene of one view. A query that does not parse, is refused or fails does not fail the scene: its one-line
     * problem stands in place of its answer.
     *
     * @param caption the view's caption in the label language (or the query tab's title)
     * @param query   the view's SPARQL, or empty
     * @param view    the view's graph; a node with a position stands there (the view on screen gives every node's),
     *                the others are placed by the view's layout run until it settles
     * @param colours each node's colour as the graph view drew it (the view on screen's; its class keeps that colour
     *                in the scene and its legend), empty for a saved view (then each class is coloured in the order
     *                the scene first draws it)
     */
    public static EvidencePack.Scene scene(KnowledgeStore store, String caption, String query, ViewState view,
                                           Map<String, Integer> colours, Options options, Cancellation cancellation)
            throws IOException {
        LabelMode mode = options.mode();
        EvidencePack.Table table = null;
        String problem = "";
        if (!query.isBlank()) {
            try {
                table = answer(store, query, options, cancellation);
            } catch (QueryProblem p) {
                problem = p.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
            }
        }
        cancellation.throwIfCancelled();
        record Read(GraphState state, List<EvidencePack.Fact> facts) {
        }
        Read read = store.readGraph(all -> {
            Relationships data = new Relationships(all);
            GraphState state = GraphOperations.restore(store, data, view.nodes(), Map.of(), view.pinned(),
                    view.hidden(), view.hiddenClasses(), view.hiddenProperties(), cancellation);
            VisibleGraph shown = new VisibleGraph(state);
            return new Read(state, facts(shown, state, new StepEvidence(all, cancellation), mode, cancellation));
        });
        // laid out after the read, which other work waits for
        Map<String, float[]> moved = new LinkedHashMap<>();
        view.positions().forEach((id, p) -> moved.put(id, new float[] {(float) p.x(), (float) p.y()}));
        Map<String, float[]> places = places(read.state(), moved, view.layout(), cancellation);
        EvidencePack.Drawing drawing = drawing(new VisibleGraph(read.state()), read.state(), places, colours, mode);
        long rows = table == null ? 0 : table.total();
        String block = new ResultProvenance(query, options.sources(), options.rdfs(), Instant.now(), rows).toText();
        return new EvidencePack.Scene(caption, query, table, drawing, read.facts(), block, problem);
    }

    /**
     * Runs the query and keeps its first {@link #ROWS} rows, labelled; the whole answer is counted, but a streamed
     * one only to {@code ROWS + 1}.
     */
    private static EvidencePack.Table answer(KnowledgeStore store, String query, Options options,
                                             Cancellation cancellation) throws QueryProblem, IOException {
        ResultTable[] table = new ResultTable[1];
        Boolean[] yes = new Boolean[1];
        boolean[] more = new boolean[1];
        QueryOptions run = new QueryOptions(options.timeoutMillis(), options.rdfs(), false);
        new QueryRunner(store).run(query, run, cancellation, new QueryResultHandler() {
            @Override
            public void select(ResultSet rows) {
                if (options.streams()) {
                    table[0] = ResultTables.fromRows(firstRows(rows, ROWS + 1), ROWS, cancellation);
                    more[0] = table[0].totalRows() > ROWS;
                } else {
                    table[0] = ResultTables.fromRows(rows, ROWS, cancellation);
                }
            }

            @Override
            public void ask(boolean answer) {
                yes[0] = answer;
            }

            @Override
            public void graph(Model graph) {
                table[0] = ResultTables.fromGraph(graph.getGraph(), ROWS, cancellation);
            }
        });
        if (yes[0] != null) {
            return new EvidencePack.Table(List.of("ASK"), List.of(List.of(yes[0].toString())), 1, false);
        }
        ResultTable labelled = ResultTables.labelled(store, table[0], options.mode(), cancellation);
        List<List<String>> rows = new ArrayList<>(labelled.rowCount());
        for (int r = 0; r < labelled.rowCount(); r++) {
            List<String> row = new ArrayList<>(labelled.columnCount());
            for (int c = 0; c < labelled.columnCount(); c++) {
                row.add(labelled.label(r, c));
            }
            rows.add(row);
        }
        return new EvidencePack.Table(labelled.variables(), rows, labelled.totalRows(), more[0]);
    }

    /** The first {@code count} rows of {@code rows} (the rest is never read). */
    private static ResultSet firstRows(ResultSet rows, int count) {
        java.util.Iterator<Binding> first = new java.util.Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < count && rows.hasNext();
            }

            @Override
            public Binding next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                read++;
                return rows.nextBinding();
            }
        };
        return ResultSetStream.create(Var.varList(rows.getResultVars()), first);
    }

    /**
     * Where every shown node stands: the given places, the others laid out around them by the view's layout (the
     * given ones held where they are), in the calling thread until the layout settles or
     * {@value #LAYOUT_STEPS} steps.
     */
    private static Map<String, float[]> places(GraphState state, Map<String, float[]> given, String layoutName,
                                               Cancellation cancellation) {
        VisibleGraph shown = new VisibleGraph(state);
        Map<String, float[]> places = new HashMap<>();
        given.forEach((id, p) -> {
            if (shown.contains(id)) {
                places.put(id, p);
            }
        });
        if (places.size() == shown.nodes().size()) {
            return places;
        }
        KgGraph graph = new KgGraph();
        graph.reset(s -> state);
        SnapshotLayout layout = switch (layoutName) {
            case "HIERARCHICAL" -> new HierarchicalLayout();
            case "RADIAL" -> new RadialLayout();
            default -> new ForceAtlas2Layout();
        };
        if (layout instanceof RadialLayout radial) {
            radial.setRoot(shown.nodes().keySet().iterator().next());
        }
        graph.withGraph(layout::attach);
        places.forEach((id, p) -> {
            layout.moveNode(id, p[0], p[1]);
            layout.freezeNode(id, true);
        });
        for (int step = 0; step < LAYOUT_STEPS && (step == 0 || !layout.isSettled()); step++) {
            cancellation.throwIfCancelled();
            layout.compute();
        }
        layout.detach();
        LayoutSnapshot at = layout.snapshot();
        for (String id : shown.nodes().keySet()) {
            int i = at.indexOf(id);
            if (!places.containsKey(id) && i >= 0) {
                places.put(id, new float[] {at.x(i), at.y(i)});
            }
        }
        return places;
    }

    private static EvidencePack.Drawing drawing(VisibleGraph shown, GraphState state, Map<String, float[]> places,
                                                Map<String, Integer> colours, LabelMode mode) {
        // a class keeps the colour the screen drew it in; the others get the next colours in the order drawn
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (NodeInfo n : shown.nodes().values()) {
            Integer drawn = colours.get(n.id());
            if (drawn != null) {
                classes.putIfAbsent(n.primaryClass(), drawn);
            }
        }
        int next = classes.size();
        List<EvidencePack.Node> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> legend = new LinkedHashMap<>();
        for (NodeInfo n : shown.nodes().values()) {
            float[] p = places.getOrDefault(n.id(), new float[] {0, 0});
            String cls = n.primaryClass();
            Integer colour = classes.get(cls);
            if (colour == null) {
                colour = cls.isEmpty() ? ClassColours.UNTYPED : ClassColours.of(next++);
                classes.put(cls, colour);
            }
            legend.putIfAbsent(cls, colour);
            index.put(n.id(), nodes.size());
            nodes.add(new EvidencePack.Node(n.id(), n.label(mode), p[0], p[1], colours.getOrDefault(n.id(), colour)));
        }
        List<EvidencePack.Edge> edges = new ArrayList<>();
        for (EdgeInfo e : shown.edges().values()) {
            Integer from = index.get(e.source());
            Integer to = index.get(e.target());
            if (from != null && to != null) {
                edges.add(new EvidencePack.Edge(from, to, propertyLabel(state, e.predicate(), mode)));
            }
        }
        List<EvidencePack.Key> keys = new ArrayList<>();
        legend.forEach((cls, colour) -> keys.add(new EvidencePack.Key(cls.isEmpty() ? "" : propertyLabel(state, cls, mode),
                colour)));
        return new EvidencePack.Drawing(nodes, edges, keys);
    }

    private static List<EvidencePack.Fact> facts(VisibleGraph shown, GraphState state, StepEvidence evidence,
                                                 LabelMode mode, Cancellation cancellation) {
        List<EvidencePack.Fact> facts = new ArrayList<>();
        for (EdgeInfo e : shown.edges().values()) {
            if (GraphKeys.MORE_PREDICATE.equals(e.predicate())) {
                continue;
            }
            cancellation.throwIfCancelled();
            Map<String, SourceSentence> sentences = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (Evidence ev : evidence.of(e)) {
                ev.sentences().forEach(s -> sentences.putIfAbsent(s.iri(), s));
                if (ev.generalKnowledge() && !ev.comment().isBlank() && !notes.contains(ev.comment())) {
                    notes.add(ev.comment());
                }
            }
            TreeMap<Integer, List<SourceSentence>> inOrder = new TreeMap<>();
            sentences.values().forEach(s -> inOrder.computeIfAbsent(s.number(), k -> new ArrayList<>()).add(s));
            List<EvidencePack.Quote> quotes = inOrder.values().stream().flatMap(List::stream)
                    .map(s -> new EvidencePack.Quote(s.number(), s.quote())).toList();
            facts.add(new EvidencePack.Fact(shown.nodes().get(e.source()).label(mode),
                    propertyLabel(state, e.predicate(), mode), shown.nodes().get(e.target()).label(mode), quotes, notes));
        }
        return facts;
    }

    /** A property's or class's label in the label language (its local name when the data names it not). */
    private static String propertyLabel(GraphState state, String predicate, LabelMode mode) {
        Names names = state.vocabulary().get(predicate);
        return names == null ? LabelResolver.localName(predicate) : names.in(mode);
    }
}
