package org.kgexplorer.core.graph;

import java.util.List;

import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.labels.LabelMode;

/**
 * One step of a path: from one entity to the next over a relationship, which may point either way.
 *
 * @param from      where the step starts
 * @param to        where it ends
 * @param edge      the relationship (its subject is {@code from} when {@code forward})
 * @param forward   whether the relationship points from {@code from} to {@code to}
 * @param predicate the predicate's names
 * @param evidence  why the data holds the relationship (empty when it gives no evidence)
 */
public record PathStep(NodeInfo from, NodeInfo to, EdgeInfo edge, boolean forward, Names predicate,
                       List<Evidence> evidence) {

    public PathStep {
        evidence = List.copyOf(evidence);
    }

    /** The relationship's subject. */
    public NodeInfo subject() {
        return forward ? from : to;
    }

    /** The relationship's object. */
    public NodeInfo object() {
        return forward ? to : from;
    }

    /** The relationship as a plain fact, subject first: "Joint Task Force Alpha works with Operation Sentinel". */
    public String fact(LabelMode mode) {
        return subject().label(mode) + " " + predicate.in(mode) + " " + object().label(mode);
    }

    /** The supporting sentences, in document order, without repeats. */
    public List<SourceSentence> sentences() {
        return evidence.stream().flatMap(e -> e.sentences().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(SourceSentence::start)).toList();
    }
}
