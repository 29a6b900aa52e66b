package org.kgexplorer.core.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the data says about one entity: its types, its names in English, Spanish and other languages
 * with its alternative labels, its facts out and in grouped by predicate, and, for a sentence of a source
 * document, the facts it supports. Reification nodes (rdf:Statement) never appear as neighbours: they are the
 * evidence of the facts.
 */
public record EntityDetails(Term entity, List<Term> types, List<EntityName> names, List<PropertyGroup> outgoing,
                            List<PropertyGroup> incoming, List<Fact> supports) {

    /** The labels in a language ("en", "es"), without alternative labels. */
    public List<EntityName> labels(String language) {
        return names.stream().filter(n -> !n.alternative() && sameLanguage(n.language(), language)).toList();
    }

    /** The labels in languages other than English and Spanish, and untagged ones. */
    public List<EntityName> otherLabels() {
        return names.stream().filter(n -> !n.alternative() && !sameLanguage(n.language(), "en")
                && !sameLanguage(n.language(), "es")).toList();
    }

    /** The alternative labels, in every language. */
    public List<EntityName> alternativeLabels() {
        return names.stream().filter(EntityName::alternative).toList();
    }

    /** Every fact about the entity that has evidence: names first, then facts out, then facts in. */
    public List<Fact> factsWithEvidence() {
        List<Fact> all = new ArrayList<>();
        names.forEach(n -> n.facts().stream().filter(Fact::hasEvidence).forEach(all::add));
        outgoing.forEach(g -> g.facts().stream().filter(Fact::hasEvidence).forEach(all::add));
        incoming.forEach(g -> g.facts().stream().filter(Fact::hasEvidence).forEach(all::add));
        return all;
    }

    /** Whether the data says anything about the entity at all. */
    public boolean isEmpty() {
        return types.isEmpty() && names.isEmpty() && outgoing.isEmpty() && incoming.isEmpty() && supports.isEmpty();
    }

    private static boolean sameLanguage(String tag, String language) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.equals(language) || t.startsWith(language + "-");
    }
}
