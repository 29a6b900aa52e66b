package org.kgexplorer.core.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.explore.Evidence;
import org.kgexplorer.core.explore.Names;
import org.kgexplorer.core.explore.SourceSentence;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.explore.Vocabulary;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * What the timeline and the matrix read besides their own query: the evidence of facts and the names of their terms,
 * and the facts about one entity. Everything is asked of the store as SPARQL ({@link KnowledgeStore#query}) and its
 * naming read ({@link KnowledgeStore#readLabels}), the two reads every store answers (ADR 33): memory, a TDB2
 * database and a remote endpoint alike. Facts go to the store in batches of {@value #BATCH} as one {@code VALUES}
 * block, so an endpoint answers the evidence of a 500-fact matrix in a few requests.
 */
public final class Explanations {
    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX kgx: <%s>
            """.formatted(Vocabulary.KGX);
    /** Facts per evidence query. */
    static final int BATCH = 200;
    /** The most facts shown about one entity. */
    public static final int ENTITY_FACT_LIMIT = 300;

    private Explanations() {
    }

    /**
     * The facts with their evidence and names, in the order given. Facts with a blank node get no evidence (a
     * query cannot name a blank node of the data).
     */
    public static List<ExplainedFact> explain(KnowledgeStore store, List<Triple> facts, Cancellation cancellation) {
        Map<Triple, List<Evidence>> evidence = evidence(store, facts, cancellation);
        Set<Node> named = new LinkedHashSet<>();
        for (Triple t : facts) {
            named.add(t.getSubject());
            named.add(t.getPredicate());
            if (!t.getObject().isLiteral()) {
                named.add(t.getObject());
            }
        }
        Map<Node, Term> terms = terms(store, named);
        List<ExplainedFact> out = new ArrayList<>(facts.size());
        for (Triple t : facts) {
            out.add(new ExplainedFact(terms.get(t.getSubject()), terms.get(t.getPredicate()),
                    t.getObject().isLiteral() ? literal(t.getObject()) : terms.get(t.getObject()),
                    evidence.getOrDefault(t, List.of())));
        }
        return out;
    }

    /** Terms with their English and Spanish names for resources, read in one naming read of the store. */
    public static Map<Node, Term> terms(KnowledgeStore store, Collection<Node> resources) {
        List<Node> nodes = resources.stream().filter(n -> !n.isLiteral()).distinct().toList();
        if (nodes.isEmpty()) {
            return Map.of();
        }
        return store.readLabels(nodes, graph -> {
            LabelResolver english = new LabelResolver(graph, List.of("en"));
            LabelResolver spanish = new LabelResolver(graph, List.of("es"));
            Map<Node, Term> out = new HashMap<>();
            for (Node n : nodes) {
                String key = n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
                out.put(n, new Term(key, n.isURI() ? n.getURI() : key, "", "", Names.of(n, english, spanish)));
            }
            return out;
        });
    }

    /** A literal as a term: its text is its name whatever the label mode. */
    public static Term literal(Node node) {
        String datatype = node.getLiteralDatatypeURI() == null ? "" : node.getLiteralDatatypeURI();
        return new Term(null, node.getLiteralLexicalForm(), node.getLiteralLanguage(), datatype,
                Names.literal(node.getLiteralLexicalForm()));
    }

    /**
     * The facts about one entity, with their evidence: what it says (subject) and what is said of it (object),
     * without its names and comments and without the statements that reify its facts; at most
     * {@value #ENTITY_FACT_LIMIT}, the entity's own first.
     */
    public static List<ExplainedFact> aboutEntity(KnowledgeStore store, String iri, Cancellation cancellation) {
        String e = NodeFmtLib.strNT(NodeFactory.createURI(iri));
        StringBuilder skipped = new StringBuilder();
        for (Node p : LabelResolver.LABEL_PROPERTIES) {
            if (!p.getURI().endsWith("altLabel")) {
                skipped.append(NodeFmtLib.strNT(p)).append(", ");
            }
        }
        skipped.append("rdfs:comment, rdf:subject, rdf:object");
        String sparql = PREFIXES + """
                SELECT ?s ?p ?o ?out WHERE {
                  { %1$s ?p ?o BIND(%1$s AS ?s) BIND(1 AS ?out) }
                  UNION
                  { ?s ?p %1$s BIND(%1$s AS ?o) BIND(2 AS ?out) }
                  FILTER(?p NOT IN (%2$s))
                }
                ORDER BY ?out ?p ?s ?o
                LIMIT %3$d
                """.formatted(e, skipped, ENTITY_FACT_LIMIT);
        List<Triple> facts = select(store, sparql, cancellation,
                b -> Triple.create(b.get("s"), b.get("p"), b.get("o")));
        return explain(store, facts, cancellation);
    }

    /** The evidence of each fact that has any, read in batches. */
    static Map<Triple, List<Evidence>> evidence(KnowledgeStore store, Collection<Triple> facts, Cancellation cancellation) {
        List<Triple> askable = facts.stream().filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank())
                .distinct().toList();
        Map<Triple, Map<String, EvidenceParts>> found = new HashMap<>();
        for (int from = 0; from < askable.size(); from += BATCH) {
            cancellation.throwIfCancelled();
            List<Triple> batch = askable.subList(from, Math.min(askable.size(), from + BATCH));
            StringBuilder values = new StringBuilder();
            for (Triple t : batch) {
                values.append("    (").append(NodeFmtLib.strNT(t.getSubject())).append(' ')
                        .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                        .append(NodeFmtLib.strNT(t.getObject())).append(")\n");
            }
            String sparql = PREFIXES + """
                    SELECT ?s ?p ?o ?st ?basis ?comment ?sentence ?number ?quote ?start ?end ?doc ?text WHERE {
                      VALUES (?s ?p ?o) {
                    %s  }
                      ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                      OPTIONAL { ?st kgx:basis ?basis }
                      OPTIONAL { ?st rdfs:comment ?comment }
                      OPTIONAL {
                        ?st kgx:supportedBy ?sentence .
                        OPTIONAL { ?sentence kgx:quote ?quote }
                        OPTIONAL { ?sentence kgx:sentenceNumber ?number }
                        OPTIONAL { ?sentence kgx:startOffset ?start }
                        OPTIONAL { ?sentence kgx:endOffset ?end }
                        OPTIONAL { ?sentence prov:wasQuotedFrom ?doc OPTIONAL { ?doc kgx:textResource ?text } }
                      }
                    }
                    """.formatted(values);
            select(store, sparql, cancellation, b -> {
                Triple fact = Triple.create(b.get("s"), b.get("p"), b.get("o"));
                Node st = b.get("st");
                String key = st.isBlank() ? "_:" + st.getBlankNodeLabel() : st.getURI();
                EvidenceParts parts = found.computeIfAbsent(fact, k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, EvidenceParts::new);
                parts.add(b);
                return null;
            });
        }
        Set<Node> bases = new LinkedHashSet<>();
        found.values().forEach(m -> m.values().forEach(p -> bases.addAll(p.bases)));
        Map<Node, Term> basisTerms = terms(store, bases);
        Map<Triple, List<Evidence>> out = new HashMap<>();
        found.forEach((fact, statements) -> out.put(fact,
                statements.values().stream().map(p -> p.evidence(basisTerms)).toList()));
        return out;
    }

    /** Runs a SELECT and maps each row; cancelling aborts the query. */
    static <T> List<T> select(KnowledgeStore store, String sparql, Cancellation cancellation,
                              Function<Binding, T> row) {
        cancellation.throwIfCancelled();
        Query query = QueryFactory.create(sparql);
        try {
            return run(store, query, cancellation, row);
        } catch (QueryCancelledException e) {
            cancellation.throwIfCancelled();
            throw e;
        }
    }

    private static <T> List<T> run(KnowledgeStore store, Query query, Cancellation cancellation,
                                   Function<Binding, T> row) {
        return store.query(query, false, new Context(), 0, (QueryExecution exec) -> {
            cancellation.whenCancelled(exec::abort);
            List<T> out = new ArrayList<>();
            var rows = exec.execSelect();
            long n = 0;
            while (rows.hasNext()) {
                T value = row.apply(rows.nextBinding());
                if (value != null) {
                    out.add(value);
                }
                if (++n % 1024 == 0) {
                    cancellation.throwIfCancelled();
                }
            }
            cancellation.throwIfCancelled();
            return out;
        });
    }

    /** One statement's rows (a row per basis, comment and sentence) gathered into its evidence. */
    private static final class EvidenceParts {
        final String statement;
        final Set<Node> bases = new LinkedHashSet<>();
        final Map<String, String> comments = new LinkedHashMap<>();
        final Map<Node, SourceSentence> sentences = new LinkedHashMap<>();

        EvidenceParts(String statement) {
            this.statement = statement;
        }

        void add(Binding b) {
            Node basis = b.get("basis");
            if (basis != null && !basis.isLiteral()) {
                bases.add(basis);
            }
            Node comment = b.get("comment");
            if (comment != null && comment.isLiteral()) {
                comments.putIfAbsent(comment.getLiteralLanguage(), comment.getLiteralLexicalForm());
            }
            Node sentence = b.get("sentence");
            if (sentence != null && !sentences.containsKey(sentence)) {
                Node quote = b.get("quote");
                int start = integer(b.get("start"));
                int end = integer(b.get("end"));
                if (start < 0 || end < start) {
                    start = -1;
                    end = -1;
                }
                Node doc = b.get("doc");
                Node text = b.get("text");
                sentences.put(sentence, new SourceSentence(
                        sentence.isURI() ? sentence.getURI() : sentence.isLiteral() ? sentence.getLiteralLexicalForm() : "_:" + sentence.getBlankNodeLabel(),
                        Math.max(0, integer(b.get("number"))),
                        quote != null && quote.isLiteral() ? quote.getLiteralLexicalForm()
                                : sentence.isLiteral() ? sentence.getLiteralLexicalForm() : "",
                        start, end,
                        doc == null || !doc.isURI() ? null : new Term(doc.getURI(), doc.getURI(), "", "",
                                Names.literal(LabelResolver.localName(doc.getURI()))),
                        text != null && text.isLiteral() ? text.getLiteralLexicalForm() : null));
            }
        }

        Evidence evidence(Map<Node, Term> basisTerms) {
            boolean general = bases.contains(Vocabulary.GENERAL_KNOWLEDGE);
            Node basis = general ? Vocabulary.GENERAL_KNOWLEDGE : bases.stream().findFirst().orElse(null);
            String comment = comments.getOrDefault("en", comments.getOrDefault("",
                    comments.values().stream().findFirst().orElse("")));
            List<SourceSentence> ordered = new ArrayList<>(sentences.values());
            ordered.sort(Comparator.comparingInt(SourceSentence::number).thenComparingInt(SourceSentence::start));
            return new Evidence(statement, basis == null ? null : basisTerms.get(basis), general, comment,
                    List.copyOf(ordered));
        }

        private static int integer(Node n) {
            if (n == null || !n.isLiteral()) {
                return -1;
            }
            try {
                return Integer.parseInt(n.getLiteralLexicalForm().strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
