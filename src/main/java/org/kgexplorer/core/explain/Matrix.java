package org.kgexplorer.core.explain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * The matrix: the instances of one class (rows) against the instances of another (columns), a cell holding every
 * fact that links its row to its column, in either direction and by any property, each with its evidence. An
 * instance is a resource typed with the class or a subclass of it ({@code rdf:type/rdfs:subClassOf*}, so "actor"
 * takes in people, countries and agencies when the ontology is loaded). Only rows and columns with at least one
 * link are kept. Read with SPARQL, so it answers from any store (ADR 33, ADR 46).
 */
public final class Matrix {
    /** The most linking facts read; more are reported as cut. */
    public static final int LIMIT = 5_000;
    /** The most classes offered. */
    public static final int CLASS_LIMIT = 2_000;

    /**
     * One cell: the facts between a row and a column.
     *
     * @param row    the row's resource
     * @param column the column's resource
     * @param facts  the facts linking them, each with its evidence
     */
    public record Cell(Term row, Term column, List<ExplainedFact> facts) {
    }

    /**
     * What the matrix shows.
     *
     * @param rowClass    the class of the rows
     * @param columnClass the class of the columns
     * @param rows        the linked rows, by name
     * @param columns     the linked columns, by name
     * @param cells       the cells that hold facts, row by row
     * @param cut         whether there were more than {@value #LIMIT} linking facts (the first ones are shown)
     * @param byKeys      the cells by their row's and column's IRIs
     */
    public record Result(Term rowClass, Term columnClass, List<Term> rows, List<Term> columns, List<Cell> cells,
                         boolean cut, Map<List<String>, Cell> byKeys) {

        public Result(Term rowClass, Term columnClass, List<Term> rows, List<Term> columns, List<Cell> cells,
                      boolean cut) {
            this(rowClass, columnClass, rows, columns, cells, cut, index(cells));
        }

        private static Map<List<String>, Cell> index(List<Cell> cells) {
            Map<List<String>, Cell> out = new HashMap<>();
            cells.forEach(c -> out.put(List.of(c.row().key(), c.column().key()), c));
            return Map.copyOf(out);
        }

        /** The cell of a row and a column (their IRIs), or null when nothing links them. */
        public Cell cell(String rowKey, String columnKey) {
            return byKeys.get(List.of(rowKey, columnKey));
        }

        /** How many facts the cells hold. */
        public int factCount() {
            return cells.stream().mapToInt(c -> c.facts().size()).sum();
        }
    }

    private Matrix() {
    }

    /**
     * The classes rows and columns can be chosen from: every class used as a type or declared ({@code owl:Class},
     * {@code rdfs:Class}), except the RDF, RDFS, OWL and SHACL vocabularies' own, sorted by name in {@code mode}.
     */
    public static List<Term> classes(KnowledgeStore store, LabelMode mode, Cancellation cancellation) {
        String sparql = Explanations.PREFIXES + """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?c WHERE {
                  { ?x rdf:type ?c } UNION { ?c rdf:type owl:Class } UNION { ?c rdf:type rdfs:Class }
                  FILTER(isIRI(?c) && !STRSTARTS(STR(?c), STR(rdf:)) && !STRSTARTS(STR(?c), STR(rdfs:))
                         && !STRSTARTS(STR(?c), STR(owl:)) && !STRSTARTS(STR(?c), "http://www.w3.org/ns/shacl#"))
                }
                LIMIT %d
                """.formatted(CLASS_LIMIT);
        List<Node> classes = Explanations.select(store, sparql, cancellation, b -> b.get("c"));
        Map<Node, Term> terms = Explanations.terms(store, classes);
        List<Term> out = new ArrayList<>(terms.values());
        out.sort(byName(mode));
        return out;
    }

    /** Reads the matrix of the instances of {@code rowClass} against those of {@code columnClass} (IRIs). */
    public static Result read(KnowledgeStore store, String rowClass, String columnClass, LabelMode mode,
                              Cancellation cancellation) {
        return read(store, rowClass, columnClass, mode, LIMIT, cancellation);
    }

    static Result read(KnowledgeStore store, String rowClass, String columnClass, LabelMode mode, int limit,
                       Cancellation cancellation) {
        String r = NodeFmtLib.strNT(NodeFactory.createURI(rowClass));
        String c = NodeFmtLib.strNT(NodeFactory.createURI(columnClass));
        String sparql = Explanations.PREFIXES + """
                SELECT DISTINCT ?r ?c ?s ?p ?o WHERE {
                  ?r rdf:type/rdfs:subClassOf* %1$s .
                  { ?r ?p ?c BIND(?r AS ?s) BIND(?c AS ?o) } UNION { ?c ?p ?r BIND(?c AS ?s) BIND(?r AS ?o) }
                  FILTER(isIRI(?c) && ?c != ?r)
                  ?c rdf:type/rdfs:subClassOf* %2$s .
                }
                LIMIT %3$d
                """.formatted(r, c, limit + 1);
        record Link(Node row, Node column, Triple fact) {
        }
        List<Link> links = Explanations.select(store, sparql, cancellation, b -> new Link(b.get("r"), b.get("c"),
                Triple.create(b.get("s"), b.get("p"), b.get("o"))));
        boolean cut = links.size() > limit;
        if (cut) {
            links = links.subList(0, limit);
        }
        List<ExplainedFact> explained = Explanations.explain(store, links.stream().map(Link::fact).toList(),
                cancellation);
        Set<Node> ends = new LinkedHashSet<>();
        ends.add(NodeFactory.createURI(rowClass));
        ends.add(NodeFactory.createURI(columnClass));
        links.forEach(l -> {
            ends.add(l.row());
            ends.add(l.column());
        });
        Map<Node, Term> terms = Explanations.terms(store, ends);
        Map<List<Node>, List<ExplainedFact>> byCell = new LinkedHashMap<>();
        Set<Node> rowNodes = new LinkedHashSet<>();
        Set<Node> columnNodes = new LinkedHashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            rowNodes.add(l.row());
            columnNodes.add(l.column());
            byCell.computeIfAbsent(List.of(l.row(), l.column()), k -> new ArrayList<>()).add(explained.get(i));
        }
        Comparator<Term> order = byName(mode);
        List<Term> rows = rowNodes.stream().map(terms::get).sorted(order).toList();
        List<Term> columns = columnNodes.stream().map(terms::get).sorted(order).toList();
        Map<String, Integer> rowIndex = index(rows);
        Map<String, Integer> columnIndex = index(columns);
        List<Cell> cells = new ArrayList<>();
        byCell.forEach((key, facts) -> {
            List<ExplainedFact> sorted = new ArrayList<>(facts);
            sorted.sort(Comparator.comparing((ExplainedFact f) -> f.predicate().label(mode))
                    .thenComparing(f -> f.subject().lexical()));
            cells.add(new Cell(terms.get(key.get(0)), terms.get(key.get(1)), List.copyOf(sorted)));
        });
        cells.sort(Comparator.comparingInt((Cell cell) -> rowIndex.get(cell.row().key()))
                .thenComparingInt(cell -> columnIndex.get(cell.column().key())));
        return new Result(terms.get(NodeFactory.createURI(rowClass)), terms.get(NodeFactory.createURI(columnClass)),
                rows, columns, List.copyOf(cells), cut);
    }

    private static Map<String, Integer> index(List<Term> terms) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            out.put(terms.get(i).key(), i);
        }
        return out;
    }

    /** Names in the label mode's language order (accents and case ignored first), then IRIs. */
    static Comparator<Term> byName(LabelMode mode) {
        Collator collator = Collator.getInstance(mode == LabelMode.SPANISH ? Locale.forLanguageTag("es") : Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing((Term t) -> t.label(mode), collator).thenComparing(Term::lexical);
    }
}
