package org.kgexplorer.core.explore;

import java.util.List;

import org.kgexplorer.core.labels.LabelMode;

/** One triple about an entity, with the evidence the data gives for it (empty when none). */
public record Fact(Term subject, Term predicate, Term object, List<Evidence> evidence) {

    /** The fact read as a sentence: "Joint Task Force Alpha works with Operation Sentinel". */
    public String sentence(LabelMode mode) {
        return subject.label(mode) + " " + predicate.label(mode) + " " + object.label(mode);
    }

    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    /** Whether every basis given for it is general knowledge (and there is at least one). */
    public boolean onlyGeneralKnowledge() {
        return hasEvidence() && evidence.stream().allMatch(e -> e.generalKnowledge() && e.sentences().isEmpty());
    }

    /** Every supporting sentence, in document order, without repeats. */
    public List<SourceSentence> sentences() {
        return evidence.stream().flatMap(e -> e.sentences().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(SourceSentence::start)).toList();
    }
}
