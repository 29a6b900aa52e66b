package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.List;

/** A path between two entities: its steps in order, each with the relationship and its evidence. */
public record GraphPath(List<PathStep> steps) {

    public GraphPath {
        steps = List.copyOf(steps);
    }

    /** The entities along the path, from the start to the end. */
    public List<NodeInfo> nodes() {
        List<NodeInfo> nodes = new ArrayList<>();
        if (!steps.isEmpty()) {
            nodes.add(steps.get(0).from());
        }
        steps.forEach(s -> nodes.add(s.to()));
        return nodes;
    }

    /** The ids of the relationships along the path. */
    public List<String> edgeIds() {
        return steps.stream().map(s -> s.edge().id()).toList();
    }

    public int length() {
        return steps.size();
    }

    /** The same path walked from the other end (each step turned round). */
    public GraphPath reversed() {
        List<PathStep> back = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            PathStep s = steps.get(i);
            back.add(new PathStep(s.to(), s.from(), s.edge(), !s.forward(), s.predicate(), s.evidence()));
        }
        return new GraphPath(back);
    }

    /** How many steps follow their relationship's direction. */
    public int forwardSteps() {
        return (int) steps.stream().filter(PathStep::forward).count();
    }
}
