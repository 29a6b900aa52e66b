package org.kgexplorer.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kgexplorer.core.labels.LabelMode;

/**
 * Writes a path as sentences for a report. Steps chain into one sentence while the wording allows:
 * "Joint Task Force Alpha works with Operation Sentinel, which is conducted by the ...". A step that points
 * backwards reads as a relative clause, the property's preposition moved in front in English ("..., in which
 * the Federal Bureau of Investigation takes part"); in Spanish, where that would need the noun's gender, and
 * wherever a clause cannot continue, a new sentence states the relationship subject first. Two steps from
 * the same subject share it ("... takes part in X and is component of Y"). A path whose steps mostly point
 * backwards is told from its other end.
 */
public final class PathProse {
    private static final Set<String> PREPOSITIONS = Set.of("in", "with", "of", "to", "by", "for", "on", "at",
            "from", "into", "through", "along", "about", "against", "toward", "towards", "under", "over", "upon",
            "within", "as");

    private final Language language;
    private final LabelMode labels;
    private final List<String> sentences = new ArrayList<>();
    private StringBuilder current;
    private String subject;
    private String end;

    /** The language of the wording. */
    public enum Language {
        ENGLISH, SPANISH;

        /** The wording language of a label mode ("both" words in English, with both names). */
        public static Language of(LabelMode mode) {
            return mode == LabelMode.SPANISH ? SPANISH : ENGLISH;
        }
    }

    private PathProse(Language language, LabelMode labels) {
        this.language = language;
        this.labels = labels;
    }

    /** The path as sentences in a language, with labels in that language. */
    public static List<String> sentences(GraphPath path, Language language) {
        return sentences(path, language, language == Language.SPANISH ? LabelMode.SPANISH : LabelMode.ENGLISH);
    }

    /** The path as sentences in a language, with labels in a label mode. */
    public static List<String> sentences(GraphPath path, Language language, LabelMode labels) {
        PathProse prose = new PathProse(language, labels);
        // A path is a connection either way: tell it from the end where more steps read forwards.
        GraphPath told = 2 * path.forwardSteps() < path.length() ? path.reversed() : path;
        told.steps().forEach(prose::step);
        prose.finish();
        return List.copyOf(prose.sentences);
    }

    private void step(PathStep s) {
        String cur = s.from().id();
        String p = s.predicate().in(labels);
        if (s.forward()) {
            if (current != null && cur.equals(end)) {
                current.append(", ").append(relative(s.from())).append(' ').append(p).append(' ').append(name(s.to()));
                subject = null;
            } else if (current != null && cur.equals(subject)) {
                current.append(language == Language.SPANISH ? " y " : " and ").append(p).append(' ').append(name(s.to()));
                subject = null;
            } else {
                start(s.from(), p, s.to());
            }
            end = s.to().id();
        } else if (current != null && cur.equals(end) && language == Language.ENGLISH) {
            current.append(", ").append(backwardClause(s.from(), name(s.to()), p));
            subject = null;
            end = null;
        } else {
            start(s.to(), p, s.from());
            end = s.from().id();
        }
    }

    private void start(NodeInfo subjectNode, String predicate, NodeInfo object) {
        finish();
        current = new StringBuilder(name(subjectNode)).append(' ').append(predicate).append(' ').append(name(object));
        subject = subjectNode.id();
    }

    private void finish() {
        if (current != null) {
            String text = current.toString();
            sentences.add(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".");
            current = null;
            subject = null;
            end = null;
        }
    }

    /** ", which X works with" as "with which X works"; "whom" for a person. */
    private String backwardClause(NodeInfo antecedent, String actor, String predicate) {
        String pronoun = isPerson(antecedent) ? "whom" : "which";
        int cut = predicate.lastIndexOf(' ');
        String last = predicate.substring(cut + 1);
        if (cut > 0 && PREPOSITIONS.contains(last.toLowerCase(Locale.ROOT))) {
            return last + " " + pronoun + " " + actor + " " + predicate.substring(0, cut);
        }
        return pronoun + " " + actor + " " + predicate;
    }

    private String relative(NodeInfo antecedent) {
        if (language == Language.SPANISH) {
            return "que";
        }
        return isPerson(antecedent) ? "who" : "which";
    }

    private String name(NodeInfo node) {
        return node.label(labels);
    }

    private static boolean isPerson(NodeInfo node) {
        return node.classes().stream().anyMatch(c -> c.endsWith("#Person") || c.endsWith("/Person"));
    }
}
