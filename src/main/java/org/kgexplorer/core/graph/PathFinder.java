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
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Finds the shortest paths between two entities over all the loaded data, following relationships either
 * way. A breadth-first search from both ends finds the length and the entities that lie on some shortest
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
        return store.readGraph(all -> find(new Relationships(all), from, to, cancellation));
    }

    /** The same, over data read elsewhere. */
    public static Result find(Relationships data, String from, String to, Cancellation cancellation) {
        Node start = GraphKeys.term(from);
        Node end = GraphKeys.term(to);
        if (start.equals(end)) {
            return new Result(List.of(), false);
        }
        Meeting meeting = search(data, start, end, cancellation);
        if (meeting == null) {
            return new Result(List.of(), false);
        }
        Map<String, List<Triple>> pairs = shortestPathTriples(data, meeting, cancellation);
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

    /** Where the two searches met: each side's distances, and the entities at the meeting layer. */
    private record Meeting(Map<Node, Integer> fromStart, Map<Node, Integer> fromEnd, Set<Node> at) {
    }

    /**
     * Breadth-first from both ends at once, always growing the smaller frontier by one layer, until they meet
     * (over relationships either way). Every shortest path crosses the meeting layer, so each side only has to
     * look about half the distance: on a million synthetic triples this is what keeps a 7-step search short.
     */
    private static Meeting search(Relationships data, Node start, Node end, Cancellation cancellation) {
        Map<Node, Integer> fromStart = new HashMap<>(Map.of(start, 0));
        Map<Node, Integer> fromEnd = new HashMap<>(Map.of(end, 0));
        List<Node> startFrontier = List.of(start);
        List<Node> endFrontier = List.of(end);
        int ks = 0;
        int kt = 0;
        while (ks + kt < MAX_LENGTH && !startFrontier.isEmpty() && !endFrontier.isEmpty()) {
            boolean fromStartSide = startFrontier.size() <= endFrontier.size();
            Map<Node, Integer> mine = fromStartSide ? fromStart : fromEnd;
            Map<Node, Integer> theirs = fromStartSide ? fromEnd : fromStart;
            int level = (fromStartSide ? ++ks : ++kt);
            List<Node> next = grow(data, fromStartSide ? startFrontier : endFrontier, mine, level, cancellation);
            Set<Node> met = new HashSet<>();
            for (Node n : next) {
                if (theirs.containsKey(n)) {
                    met.add(n);
                }
            }
            if (!met.isEmpty()) {
                return new Meeting(fromStart, fromEnd, met);
            }
            if (fromStart.size() + fromEnd.size() > MAX_VISITED) {
                return null;
            }
            if (fromStartSide) {
                startFrontier = next;
            } else {
                endFrontier = next;
            }
        }
        return null;
    }

    private static List<Node> grow(Relationships data, List<Node> frontier, Map<Node, Integer> distance, int level,
                                   Cancellation cancellation) {
        List<Node> next = new ArrayList<>();
        for (Node n : frontier) {
            cancellation.throwIfCancelled();
            neighbours(data, n, t -> {
                Node other = other(t, n);
                if (!distance.containsKey(other)) {
                    distance.put(other, level);
                    next.add(other);
                }
            });
        }
        return next;
    }

    /**
     * The relationships on some shortest path, grouped by the pair of entities they tie (the one nearer the start
     * first; sorted, so the paths come in a fixed order): traced back from the meeting layer to each end.
     */
    private static Map<String, List<Triple>> shortestPathTriples(Relationships data, Meeting meeting,
                                                                 Cancellation cancellation) {
        Map<String, List<Triple>> pairs = new TreeMap<>();
        trace(data, meeting.at(), meeting.fromStart(), true, pairs, cancellation);
        trace(data, meeting.at(), meeting.fromEnd(), false, pairs, cancellation);
        return pairs;
    }

    private static void trace(Relationships data, Set<Node> meetingLayer, Map<Node, Integer> distance,
                              boolean startSide, Map<String, List<Triple>> pairs, Cancellation cancellation) {
        Set<Node> layer = meetingLayer;
        for (int k = distance.get(layer.iterator().next()); k > 0; k--) {
            Set<Node> below = new HashSet<>();
            int want = k - 1;
            for (Node u : layer) {
                cancellation.throwIfCancelled();
                neighbours(data, u, t -> {
                    Node v = other(t, u);
                    if (Integer.valueOf(want).equals(distance.get(v))) {
                        below.add(v);
                        String key = startSide ? GraphKeys.nodeId(v) + "\u0000" + GraphKeys.nodeId(u)
                                : GraphKeys.nodeId(u) + "\u0000" + GraphKeys.nodeId(v);
                        pairs.computeIfAbsent(key, x -> new ArrayList<>()).add(t);
                    }
                });
            }
            layer = below;
        }
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
