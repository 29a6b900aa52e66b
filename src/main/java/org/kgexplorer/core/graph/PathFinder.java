package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.graphstream.algorithm.Dijkstra;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Path;
import org.graphstream.graph.implementations.SingleGraph;
import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.Datasets;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Finds the shortest paths between two entities over all the loaded data, following relationships either
 * way. A breadth-first search from the start finds the length and the entities that lie on some shortest
 * path; those alone go into a small GraphStream graph, where gs-algo's {@link Dijkstra} lists every shortest
 * path (up to a cap). Directions are kept, so each step can be worded the right way round.
 */
public final class PathFinder {
    /** The most paths listed. */
    public static final int MAX_PATHS = 12;
    /** The longest path looked for, in steps. */
    public static final int MAX_LENGTH = 8;
    /** How many entities the search may visit before it gives up. */
    public static final int MAX_VISITED = 2_000_000;

    /** What a search found: the paths (none when not connected), and whether there were more than listed. */
    public record Result(List<GraphPath> paths, boolean more) {
        public boolean found() {
            return !paths.isEmpty();
        }
    }

    private static final String TRIPLES = "kgx.triples";

    private PathFinder() {
    }

    /** The shortest paths between two entities (given by id), with each step's evidence. */
    public static Result find(KnowledgeStore store, String from, String to, Cancellation cancellation) {
        return store.read(dsg -> find(new Relationships(Datasets.everything(dsg)), from, to, cancellation));
    }

    /** The same, over data read elsewhere. */
    public static Result find(Relationships data, String from, String to, Cancellation cancellation) {
        Node start = GraphKeys.term(from);
        Node end = GraphKeys.term(to);
        if (start.equals(end)) {
            return new Result(List.of(), false);
        }
        Map<Node, Integer> distance = search(data, start, end, cancellation);
        if (!distance.containsKey(end)) {
            return new Result(List.of(), false);
        }
        Map<String, List<Triple>> pairs = shortestPathTriples(data, distance, end, cancellation);
        SingleGraph g = new SingleGraph("paths", false, true);
        pairs.forEach((pair, triples) -> {
            String[] ends = pair.split("\u0000");
            Edge e = g.addEdge(pair, ends[0], ends[1], false);
            e.setAttribute(TRIPLES, triples);
        });
        Dijkstra dijkstra = new Dijkstra(Dijkstra.Element.EDGE, "kgx.dijkstra", null);
        dijkstra.init(g);
        dijkstra.setSource(g.getNode(from));
        dijkstra.compute();
        List<GraphPath> paths = new ArrayList<>();
        boolean more = false;
        StepEvidence evidence = new StepEvidence(data.graph(), cancellation);
        for (Path p : dijkstra.getAllPaths(g.getNode(to))) {
            cancellation.throwIfCancelled();
            if (paths.size() == MAX_PATHS) {
                more = true;
                break;
            }
            paths.add(path(data, p, evidence));
        }
        paths.sort(Comparator.comparing(p -> TextFolding.fold(String.join(" ", p.steps().stream()
                .map(s -> s.fact(LabelMode.ENGLISH)).toList()))));
        return new Result(List.copyOf(paths), more);
    }

    /** Breadth-first from the start until the end is reached, over relationships either way. */
    private static Map<Node, Integer> search(Relationships data, Node start, Node end, Cancellation cancellation) {
        Map<Node, Integer> distance = new HashMap<>();
        distance.put(start, 0);
        List<Node> frontier = List.of(start);
        for (int level = 1; level <= MAX_LENGTH && !frontier.isEmpty() && !distance.containsKey(end); level++) {
            List<Node> next = new ArrayList<>();
            int d = level;
            for (Node n : frontier) {
                cancellation.throwIfCancelled();
                neighbours(data, n, t -> {
                    Node other = other(t, n);
                    if (!distance.containsKey(other)) {
                        distance.put(other, d);
                        next.add(other);
                    }
                });
                if (distance.size() > MAX_VISITED) {
                    return distance;
                }
            }
            frontier = next;
        }
        return distance;
    }

    /** The relationships on some shortest path, grouped by the pair of entities they tie (sorted, so the paths come in a fixed order). */
    private static Map<String, List<Triple>> shortestPathTriples(Relationships data, Map<Node, Integer> distance,
                                                                 Node end, Cancellation cancellation) {
        Map<String, List<Triple>> pairs = new TreeMap<>();
        Set<Node> layer = new HashSet<>(Set.of(end));
        for (int k = distance.get(end); k > 0; k--) {
            Set<Node> below = new HashSet<>();
            int want = k - 1;
            for (Node u : layer) {
                cancellation.throwIfCancelled();
                neighbours(data, u, t -> {
                    Node v = other(t, u);
                    if (Integer.valueOf(want).equals(distance.get(v))) {
                        below.add(v);
                        pairs.computeIfAbsent(GraphKeys.nodeId(v) + "\u0000" + GraphKeys.nodeId(u),
                                x -> new ArrayList<>()).add(t);
                    }
                });
            }
            layer = below;
        }
        return pairs;
    }

    private static GraphPath path(Relationships data, Path p, StepEvidence evidence) {
        List<org.graphstream.graph.Node> nodes = p.getNodePath();
        List<PathStep> steps = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            String a = nodes.get(i).getId();
            String b = nodes.get(i + 1).getId();
            @SuppressWarnings("unchecked")
            List<Triple> triples = (List<Triple>) nodes.get(i).getEdgeBetween(b).getAttribute(TRIPLES);
            Node from = GraphKeys.term(a);
            Triple t = triples.stream().min(Comparator.comparing((Triple x) -> !x.getSubject().equals(from))
                    .thenComparing(x -> TextFolding.fold(data.names(x.getPredicate()).in(LabelMode.ENGLISH)))
                    .thenComparing(x -> x.getPredicate().getURI())).orElseThrow();
            steps.add(new PathStep(data.node(from), data.node(GraphKeys.term(b)), EdgeInfo.of(t),
                    t.getSubject().equals(from), data.names(t.getPredicate()), evidence.of(t)));
        }
        return new GraphPath(steps);
    }

    private static void neighbours(Relationships data, Node n, Consumer<Triple> each) {
        data.graph().find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().equals(n) && data.isRelationship(t)) {
                each.accept(t);
            }
        });
        data.graph().find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
            if (!t.getSubject().equals(n) && data.isRelationship(t)) {
                each.accept(t);
            }
        });
    }

    private static Node other(Triple t, Node n) {
        return t.getSubject().equals(n) ? t.getObject() : t.getSubject();
    }
}
