package org.kgexplorer.core.explain;

import java.util.List;

import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;

/**
 * One fact of the data with the evidence the data gives for it: each reified statement of it (ADR 2), its sentences
 * and its basis. A fact with no statement has an empty evidence list.
 *
 * @param subject   the subject, with its names
 * @param predicate the property, with its names
 * @param object    the object, with its names (a literal's names are its text)
 * @param evidence  the statements of the fact, in the order the data lists them
 */
public record ExplainedFact(Term subject, Term predicate, Term object, List<Evidence> evidence) {

    /** Whether any statement of the fact has general knowledge as its basis. */
    public boolean generalKnowledge() {
        return evidence.stream().anyMatch(Evidence::generalKnowledge);
    }

    /** The fact as one line in a label mode: "subject — property — object". */
    public String text(LabelMode mode) {
        return subject.label(mode) + " — " + predicate.label(mode) + " — " + object.label(mode);
    }
}
