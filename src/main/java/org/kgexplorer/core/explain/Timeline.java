package org.kgexplorer.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * The timeline: every resource with a date in the data (a value typed {@code xsd:date}, {@code xsd:dateTime},
 * {@code xsd:dateTimeStamp}, {@code xsd:gYear} or {@code xsd:gYearMonth}, under any property), oldest first, each
 * entry with its kinds, the property that dates it and that fact's evidence. Read with SPARQL, so it answers from
 * any store (ADR 33, ADR 46).
 */
public final class Timeline {
    /** The most dated values read; more are reported as cut. */
    public static final int LIMIT = 5_000;

    /**
     * One dated resource.
     *
     * @param entity   the resource
     * @param kinds    its classes (rdf:type), with names
     * @param property the property that dates it
     * @param value    the dated literal
     * @param when     the point in time it stands for
     * @param evidence the evidence of the fact "entity property value"
     */
    public record Entry(Term entity, List<Term> kinds, Term property, Term value, TimePoint when,
                        List<Evidence> evidence) {

        /** Whether the date, or part of it, is general knowledge. */
        public boolean generalKnowledge() {
            return evidence.stream().anyMatch(Evidence::generalKnowledge);
        }
    }

    /**
     * What the timeline shows.
     *
     * @param entries the entries, oldest first
     * @param invalid how many date-typed values were not valid dates (left out; "2022-13-40"^^xsd:date)
     * @param cut     whether there were more than {@value #LIMIT} dated values (the first ones are shown)
     */
    public record Result(List<Entry> entries, int invalid, boolean cut) {
    }

    private Timeline() {
    }

    /** Reads the timeline of the store's data. */
    public static Result read(KnowledgeStore store, Cancellation cancellation) {
        return read(store, LIMIT, cancellation);
    }

    static Result read(KnowledgeStore store, int limit, Cancellation cancellation) {
        String sparql = Explanations.PREFIXES + """
                SELECT ?e ?p ?d WHERE {
                  ?e ?p ?d .
                  FILTER(isIRI(?e) && isLiteral(?d) && ?p != rdf:object
                         && datatype(?d) IN (xsd:date, xsd:dateTime, xsd:dateTimeStamp, xsd:gYear, xsd:gYearMonth))
                }
                LIMIT %d
                """.formatted(limit + 1);
        List<Triple> dated = Explanations.select(store, sparql, cancellation,
                b -> Triple.create(b.get("e"), b.get("p"), b.get("d")));
        boolean cut = dated.size() > limit;
        if (cut) {
            dated = dated.subList(0, limit);
        }
        List<Triple> valid = new ArrayList<>();
        Map<Triple, TimePoint> points = new HashMap<>();
        for (Triple t : dated) {
            TimePoint when = TimePoint.of(t.getObject());
            if (when != null) {
                valid.add(t);
                points.put(t, when);
            }
        }
        Map<Node, List<Node>> kinds = kinds(store, valid, cancellation);
        Map<Triple, List<Evidence>> evidence = Explanations.evidence(store, valid, cancellation);
        Set<Node> named = new LinkedHashSet<>();
        for (Triple t : valid) {
            named.add(t.getSubject());
            named.add(t.getPredicate());
            named.addAll(kinds.getOrDefault(t.getSubject(), List.of()));
        }
        Map<Node, Term> terms = Explanations.terms(store, named);
        List<Entry> entries = new ArrayList<>(valid.size());
        for (Triple t : valid) {
            entries.add(new Entry(terms.get(t.getSubject()),
                    kinds.getOrDefault(t.getSubject(), List.of()).stream().map(terms::get).toList(),
                    terms.get(t.getPredicate()), Explanations.literal(t.getObject()), points.get(t),
                    evidence.getOrDefault(t, List.of())));
        }
        entries.sort(Comparator.comparing(Entry::when)
                .thenComparing(e -> e.entity().names().fallback())
                .thenComparing(e -> e.property().lexical()));
        return new Result(List.copyOf(entries), dated.size() - valid.size(), cut);
    }

    /** The classes of the dated resources, in batches. */
    private static Map<Node, List<Node>> kinds(KnowledgeStore store, List<Triple> dated, Cancellation cancellation) {
        List<Node> entities = dated.stream().map(Triple::getSubject).distinct().toList();
        Map<Node, List<Node>> out = new HashMap<>();
        for (int from = 0; from < entities.size(); from += Explanations.BATCH) {
            StringBuilder values = new StringBuilder();
            for (Node e : entities.subList(from, Math.min(entities.size(), from + Explanations.BATCH))) {
                values.append(NodeFmtLib.strNT(e)).append(' ');
            }
            String sparql = Explanations.PREFIXES + """
                    SELECT ?e ?k WHERE { VALUES ?e { %s } ?e rdf:type ?k FILTER(isIRI(?k)) } ORDER BY ?e ?k
                    """.formatted(values);
            Explanations.select(store, sparql, cancellation, b -> {
                out.computeIfAbsent(b.get("e"), k -> new ArrayList<>()).add(b.get("k"));
                return null;
            });
        }
        return out;
    }
}
