package org.kgexplorer.core.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Reads {@link EntityDetails}: what the data says about one entity, and the evidence of each fact, found
 * through the reified statements (rdf:Statement with the fact's rdf:subject, rdf:predicate and rdf:object)
 * that point at the entity.
 */
public final class EntityDetailsReader {
    /** The most facts one predicate group holds; a hub's thousands of neighbours are counted, not listed. */
    public static final int MAX_FACTS_PER_GROUP = 500;

    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> NAME_PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode());
    private static final Set<Node> REIFICATION = Set.of(RDF.subject.asNode(), RDF.predicate.asNode(),
            RDF.object.asNode());

    private final Graph graph;
    private final LabelMode mode;
    private final Cancellation cancellation;
    private final LabelResolver english;
    private final LabelResolver spanish;
    private final Map<Node, Term> terms = new HashMap<>();
    private final Map<Triple, List<Evidence>> evidence = new HashMap<>();

    private EntityDetailsReader(Graph graph, LabelMode mode, Cancellation cancellation) {
        this.graph = graph;
        this.mode = mode;
        this.cancellation = cancellation;
        this.english = new LabelResolver(graph, List.of("en"));
        this.spanish = new LabelResolver(graph, List.of("es"));
    }

    /** What the store says about the entity with this key (an IRI, or "_:label" for a blank node). */
    public static EntityDetails read(KnowledgeStore store, String key, LabelMode mode, Cancellation cancellation) {
        return store.readGraph(all -> read(all, key, mode, cancellation));
    }

    /** What a graph says about the entity (read it inside a read transaction). */
    public static EntityDetails read(Graph graph, String key, LabelMode mode, Cancellation cancellation) {
        return new EntityDetailsReader(graph, mode, cancellation).read(node(key));
    }

    /** The key the explorer uses for a resource: its IRI, or "_:label" for a blank node. */
    public static String key(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }

    /** The resource a key names. */
    public static Node node(String key) {
        return key.startsWith("_:") ? NodeFactory.createBlankNode(key.substring(2)) : NodeFactory.createURI(key);
    }

    private EntityDetails read(Node entity) {
        graph.find(Node.ANY, RDF.subject.asNode(), entity).forEachRemaining(t -> readStatement(t.getSubject()));
        graph.find(Node.ANY, RDF.object.asNode(), entity).forEachRemaining(t -> readStatement(t.getSubject()));
        cancellation.throwIfCancelled();
        List<Term> types = new ArrayList<>();
        Map<String, List<Fact>> names = new LinkedHashMap<>();
        Map<Node, List<Triple>> out = new LinkedHashMap<>();
        graph.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(TYPE) && !o.isLiteral()) {
                types.add(term(o));
            } else if (NAME_PROPERTIES.contains(p) && o.isLiteral()) {
                boolean alternative = p.equals(SKOS.altLabel.asNode());
                names.computeIfAbsent((alternative ? "A" : "L") + o.getLiteralLanguage() + "\u0000"
                        + o.getLiteralLexicalForm(), k -> new ArrayList<>()).add(fact(t));
            } else if (!isStatement(o)) {
                out.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
            }
        });
        cancellation.throwIfCancelled();
        Map<Node, List<Triple>> in = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> {
            if (!REIFICATION.contains(t.getPredicate()) && !isStatement(t.getSubject())) {
                in.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t);
            }
        });
        cancellation.throwIfCancelled();
        types.sort(byLabel(term -> term));
        return new EntityDetails(term(entity), List.copyOf(types), names(names), groups(out, PropertyGroup.Direction.OUT),
                groups(in, PropertyGroup.Direction.IN), supports(entity));
    }

    private List<EntityName> names(Map<String, List<Fact>> byName) {
        List<EntityName> names = new ArrayList<>();
        byName.forEach((k, facts) -> {
            Term o = facts.get(0).object();
            names.add(new EntityName(o.lexical(), o.language(), k.startsWith("A"), List.copyOf(facts)));
        });
        names.sort(Comparator.comparing(EntityName::alternative)
                .thenComparingInt(n -> languageRank(n.language()))
                .thenComparing(EntityName::language)
                .thenComparing(n -> TextFolding.fold(n.text())));
        return List.copyOf(names);
    }

    private static int languageRank(String language) {
        String l = language.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("en") ? 0 : l.startsWith("es") ? 1 : 2;
    }

    private List<PropertyGroup> groups(Map<Node, List<Triple>> byPredicate, PropertyGroup.Direction direction) {
        List<PropertyGroup> groups = new ArrayList<>();
        byPredicate.forEach((p, triples) -> {
            cancellation.throwIfCancelled();
            List<Fact> facts = new ArrayList<>();
            for (Triple t : triples.subList(0, Math.min(triples.size(), MAX_FACTS_PER_GROUP))) {
                facts.add(fact(t));
            }
            facts.sort(byLabel(f -> direction == PropertyGroup.Direction.OUT ? f.object() : f.subject()));
            groups.add(new PropertyGroup(term(p), direction, List.copyOf(facts), triples.size()));
        });
        groups.sort(byLabel(PropertyGroup::predicate));
        return List.copyOf(groups);
    }

    private List<Fact> supports(Node sentence) {
        List<Fact> facts = new ArrayList<>();
        graph.find(Node.ANY, Vocabulary.SUPPORTED_BY, sentence).forEachRemaining(t -> {
            Triple fact = reified(t.getSubject());
            if (fact != null) {
                Evidence e = readStatement(t.getSubject());
                facts.add(new Fact(term(fact.getSubject()), term(fact.getPredicate()), term(fact.getObject()),
                        e == null ? List.of() : List.of(e)));
            }
        });
        facts.sort(Comparator.comparing((Fact f) -> TextFolding.fold(f.sentence(mode))));
        return List.copyOf(facts);
    }

    private <T> Comparator<T> byLabel(java.util.function.Function<T, Term> term) {
        return Comparator.comparing((T x) -> TextFolding.fold(term.apply(x).label(mode)))
                .thenComparing(x -> Objects.toString(term.apply(x).lexical(), ""));
    }

    private Fact fact(Triple t) {
        return new Fact(term(t.getSubject()), term(t.getPredicate()), term(t.getObject()),
                evidence.getOrDefault(t, List.of()));
    }

    private Term term(Node n) {
        return terms.computeIfAbsent(n, k -> Term.of(k, k.isLiteral() ? null : Names.of(k, english, spanish)));
    }

    private boolean isStatement(Node n) {
        return !n.isLiteral() && (graph.contains(n, TYPE, RDF.Statement.asNode())
                || graph.contains(n, RDF.subject.asNode(), Node.ANY));
    }

    /** The fact a statement reifies, or null when it lacks a subject, predicate or object. */
    private Triple reified(Node statement) {
        Node s = first(statement, RDF.subject.asNode());
        Node p = first(statement, RDF.predicate.asNode());
        Node o = first(statement, RDF.object.asNode());
        return s == null || p == null || o == null ? null : Triple.create(s, p, o);
    }

    /** Reads a statement's evidence and files it under the fact it reifies. */
    private Evidence readStatement(Node statement) {
        Triple fact = reified(statement);
        if (fact == null) {
            return null;
        }
        List<Evidence> known = evidence.computeIfAbsent(fact, k -> new ArrayList<>());
        for (Evidence e : known) {
            if (e.statement().equals(key(statement))) {
                return e;
            }
        }
        Node basis = first(statement, Vocabulary.BASIS);
        Node comment = first(statement, RDFS.comment.asNode());
        List<SourceSentence> sentences = new ArrayList<>();
        graph.find(statement, Vocabulary.SUPPORTED_BY, Node.ANY)
                .forEachRemaining(t -> sentences.add(sentence(t.getObject())));
        sentences.sort(Comparator.comparingInt(SourceSentence::start).thenComparingInt(SourceSentence::number));
        Evidence e = new Evidence(key(statement), basis == null ? null : term(basis),
                Vocabulary.GENERAL_KNOWLEDGE.equals(basis),
                comment != null && comment.isLiteral() ? comment.getLiteralLexicalForm() : "", List.copyOf(sentences));
        known.add(e);
        return e;
    }

    private SourceSentence sentence(Node s) {
        Node quote = first(s, Vocabulary.QUOTE);
        Node document = first(s, Vocabulary.WAS_QUOTED_FROM);
        Node resource = document == null ? null : first(document, Vocabulary.TEXT_RESOURCE);
        int start = integer(first(s, Vocabulary.START_OFFSET));
        int end = integer(first(s, Vocabulary.END_OFFSET));
        if (start < 0 || end < start) {
            start = -1;
            end = -1;
        }
        return new SourceSentence(s.isLiteral() ? s.getLiteralLexicalForm() : key(s),
                Math.max(0, integer(first(s, Vocabulary.SENTENCE_NUMBER))),
                quote != null && quote.isLiteral() ? quote.getLiteralLexicalForm() : s.isLiteral() ? s.getLiteralLexicalForm() : "",
                start, end, document == null || document.isLiteral() ? null : term(document),
                resource != null && resource.isLiteral() ? resource.getLiteralLexicalForm() : null);
    }

    private Node first(Node subject, Node predicate) {
        if (subject.isLiteral()) {
            return null;
        }
        var it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static int integer(Node n) {
        if (n == null || !n.isLiteral()) {
            return -1;
        }
        try {
            return Integer.parseInt(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
