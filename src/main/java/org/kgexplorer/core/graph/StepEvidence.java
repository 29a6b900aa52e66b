package org.kgexplorer.core.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.kgexplorer.core.explore.EntityDetails;
import org.kgexplorer.core.explore.EntityDetailsReader;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.PropertyGroup;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/**
 * The evidence of relationships, read the way the details panel reads it ({@link EntityDetailsReader}: the
 * reified statements of the fact, their sentences and basis). Caches each subject's details.
 */
public final class StepEvidence {
    private final Graph graph;
    private final Cancellation cancellation;
    private final Map<String, EntityDetails> details = new HashMap<>();

    /** Over a graph of everything loaded (read it inside a read transaction). */
    public StepEvidence(Graph graph, Cancellation cancellation) {
        this.graph = graph;
        this.cancellation = cancellation;
    }

    /** The evidence the data gives for a triple (empty when none). */
    public List<Evidence> of(Triple t) {
        String subject = GraphKeys.nodeId(t.getSubject());
        String predicate = t.getPredicate().getURI();
        String object = GraphKeys.nodeId(t.getObject());
        EntityDetails d = details.computeIfAbsent(subject,
                k -> EntityDetailsReader.read(graph, k, LabelMode.ENGLISH, cancellation));
        for (PropertyGroup g : d.outgoing()) {
            if (predicate.equals(g.predicate().key())) {
                for (Fact f : g.facts()) {
                    if (object.equals(f.object().key())) {
                        return f.evidence();
                    }
                }
            }
        }
        return List.of();
    }

    /** The evidence of an edge's relationship. */
    public List<Evidence> of(EdgeInfo edge) {
        return of(edge.triple());
    }
}
