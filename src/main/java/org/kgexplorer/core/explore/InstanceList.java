package org.kgexplorer.core.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/** Resources with their names, sorted by the name shown in a label mode, to read a page at a time. */
public final class InstanceList {
    private final List<Instance> all;

    /** One resource and its names; {@code key} is the IRI, or "_:label" for a blank node. */
    public record Instance(String key, Names names) {
    }

    private InstanceList(List<Instance> all) {
        this.all = all;
    }

    /** Names the resources and sorts them by their name in the mode, ignoring case and accents. */
    public static InstanceList of(KnowledgeStore store, List<Node> nodes, LabelMode mode, Cancellation cancellation) {
        return store.readGraph(graph -> {
            LabelResolver english = new LabelResolver(graph, List.of("en"));
            LabelResolver spanish = new LabelResolver(graph, List.of("es"));
            List<Instance> named = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                if (named.size() % 5_000 == 0) {
                    cancellation.throwIfCancelled();
                }
                named.add(new Instance(EntityDetailsReader.key(n), Names.of(n, english, spanish)));
            }
            named.sort(Comparator.comparing((Instance i) -> TextFolding.fold(i.names().in(mode)))
                    .thenComparing(Instance::key));
            return new InstanceList(List.copyOf(named));
        });
    }

    public int size() {
        return all.size();
    }

    /** Up to {@code limit} resources from {@code offset}. */
    public List<Instance> page(int offset, int limit) {
        int from = Math.min(Math.max(0, offset), all.size());
        return all.subList(from, Math.min(all.size(), from + Math.max(0, limit)));
    }
}
