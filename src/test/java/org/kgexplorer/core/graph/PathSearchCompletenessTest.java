package org.kgexplorer.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.testing.SyntheticGraph;

/** The two-sided search finds every shortest path a plain one-sided count finds, on a seeded synthetic graph. */
class PathSearchCompletenessTest {
    static final String NS = "http://example.org/synthetic/e";

    @Test
    void everyShortestPathIsFoundAsAPlainBreadthFirstCountSays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.nt");
        SyntheticGraph.write(file, 14_000, 7);
        KnowledgeStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(file)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        for (int pair = 0; pair < 12; pair++) {
            String from = NS + pair;
            String to = NS + (1000 + 37 * pair);
            PathFinder.Result found = PathFinder.find(store, from, to, Cancellation.none());
            long[] expected = GraphFixtures.read(store, data -> count(data, from, to));
            assertEquals(expected[0], found.paths().get(0).length(), from + " to " + to);
            long listed = Math.min(expected[1], PathFinder.MAX_PATHS);
            assertEquals(listed, found.paths().size(), from + " to " + to);
            assertEquals(expected[1] > PathFinder.MAX_PATHS, found.more());
            Set<List<String>> distinct = new HashSet<>();
            found.paths().forEach(p -> distinct.add(p.nodes().stream().map(NodeInfo::id).toList()));
            assertEquals(found.paths().size(), distinct.size());
        }
    }

    /** The length of the shortest paths and how many there are (as sequences of entities), one-sided. */
    private static long[] count(Relationships data, String from, String to) {
        Node start = NodeFactory.createURI(from);
        Node end = NodeFactory.createURI(to);
        Map<Node, Integer> distance = new HashMap<>(Map.of(start, 0));
        Map<Node, Long> ways = new HashMap<>(Map.of(start, 1L));
        List<Node> frontier = List.of(start);
        while (!frontier.isEmpty() && !distance.containsKey(end)) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                Set<Node> others = new HashSet<>();
                data.graph().find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (data.isRelationship(t) && !t.getObject().equals(n)) {
                        others.add(t.getObject());
                    }
                });
                data.graph().find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
                    if (data.isRelationship(t) && !t.getSubject().equals(n)) {
                        others.add(t.getSubject());
                    }
                });
                for (Node o : others) {
                    Integer d = distance.get(o);
                    if (d == null) {
                        distance.put(o, distance.get(n) + 1);
                        ways.put(o, ways.get(n));
                        next.add(o);
                    } else if (d == distance.get(n) + 1) {
                        ways.merge(o, ways.get(n), Long::sum);
                    }
                }
            }
            frontier = next;
        }
        return new long[] {distance.get(end), ways.get(end)};
    }
}
