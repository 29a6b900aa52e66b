package org.kgexplorer.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DenseIdsTest {

    @Test
    void numbersKeysInTheOrderFirstAddedAndFindsThemAgain() {
        DenseIds<Node> ids = new DenseIds<>(4);
        int count = 50_000;
        for (int i = 0; i < count; i++) {
            assertEquals(i, ids.add(NodeFactory.createURI("http://example.org/e" + i)));
        }
        // Adding again, from equal but different objects, gives the same numbers and grows nothing.
        for (int i = count - 1; i >= 0; i -= 7) {
            assertEquals(i, ids.add(NodeFactory.createURI("http://example.org/e" + i)));
        }
        assertEquals(count, ids.size());
        for (int i = 0; i < count; i += 13) {
            Node n = NodeFactory.createURI("http://example.org/e" + i);
            assertEquals(i, ids.indexOf(n));
            assertEquals(n, ids.get(i));
        }
    }

    @Test
    void aKeyNeverAddedHasNoNumber() {
        DenseIds<String> ids = new DenseIds<>(0);
        assertEquals(-1, ids.indexOf("missing"));
        ids.add("here");
        assertEquals(-1, ids.indexOf("missing"));
        assertEquals(0, ids.indexOf("here"));
    }
}
