package org.kgexplorer.core.teach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.serializer.FormatterElement;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.vocabulary.RDF;

/**
 * Cuts a query into the steps of its step-through (ADR 44): its WHERE pattern grows one part at a time (each
 * triple pattern or property path of a block, each FILTER, OPTIONAL, UNION, BIND, VALUES, MINUS, nested group or
 * subquery of the top group, in the order written), each step running {@code SELECT *} over the pattern so far.
 * A FILTER waits until the parts before it mention all its variables, so it never filters on a variable that is
 * still unbound (a FILTER applies to its whole group wherever it is written, so the last step means the same).
 * A SELECT whose answer is more than {@code SELECT *} of its pattern ends with one more step: the whole query.
 */
public final class QuerySteps {
    private QuerySteps() {
    }

    /** The steps of {@code query} (at least one). */
    public static List<QueryStep> of(Query query) {
        SerializationContext names = new SerializationContext(query.getPrologue());
        List<Element> parts = order(parts(query.getQueryPattern()));
        List<QueryStep> steps = new ArrayList<>();
        ElementGroup growing = new ElementGroup();
        for (Element part : parts) {
            add(growing, part);
            steps.add(new QueryStep(steps.size() + 1, kind(part), written(text(part, names), asPart(query)),
                    selectAll(query, copy(growing))));
        }
        if (query.isSelectType() && (steps.isEmpty() || !isSelectAllOfPattern(query))) {
            steps.add(new QueryStep(steps.size() + 1, QueryStep.Kind.WHOLE_QUERY, written(query.serialize(), QuerySteps::parses), query));
        } else if (query.isSelectType()) {
            QueryStep last = steps.remove(steps.size() - 1);
            steps.add(new QueryStep(last.number(), last.kind(), last.part(), query));
        }
        return steps;
    }

    /** The parts of a pattern: a block's triple patterns one by one, every other element of the top group whole. */
    private static List<Element> parts(Element pattern) {
        List<Element> parts = new ArrayList<>();
        if (pattern == null) {
            return parts;
        }
        List<Element> elements = pattern instanceof ElementGroup group ? group.getElements() : List.of(pattern);
        for (Element e : elements) {
            if (e instanceof ElementPathBlock block) {
                for (TriplePath t : block.getPattern().getList()) {
                    ElementPathBlock one = new ElementPathBlock();
                    one.addTriplePath(t);
                    parts.add(one);
                }
            } else if (e instanceof ElementTriplesBlock block) {
                block.getPattern().forEach(t -> {
                    ElementPathBlock one = new ElementPathBlock();
                    one.addTriple(t);
                    parts.add(one);
                });
            } else {
                parts.add(e);
            }
        }
        return parts;
    }

    /** Moves each FILTER after the first part by which every variable it mentions has been mentioned. */
    private static List<Element> order(List<Element> parts) {
        List<Element> ordered = new ArrayList<>();
        List<ElementFilter> waiting = new ArrayList<>();
        Set<Var> mentioned = new HashSet<>();
        for (Element part : parts) {
            if (part instanceof ElementFilter filter) {
                waiting.add(filter);
            } else {
                ordered.add(part);
                mentioned.addAll(PatternVars.vars(part));
            }
            for (var it = waiting.iterator(); it.hasNext(); ) {
                ElementFilter f = it.next();
                if (mentioned.containsAll(ExprVars.getVarsMentioned(f.getExpr()))) {
                    ordered.add(f);
                    it.remove();
                }
            }
        }
        ordered.addAll(waiting);
        return ordered;
    }

    /** Adds a part, merging consecutive triple patterns into one block as the parser would. */
    private static void add(ElementGroup group, Element part) {
        List<Element> elements = group.getElements();
        if (part instanceof ElementPathBlock one && !elements.isEmpty()
                && elements.get(elements.size() - 1) instanceof ElementPathBlock block) {
            one.getPattern().getList().forEach(block::addTriplePath);
        } else if (part instanceof ElementPathBlock one) {
            ElementPathBlock block = new ElementPathBlock();
            one.getPattern().getList().forEach(block::addTriplePath);
            group.addElement(block);
        } else {
            group.addElement(part);
        }
    }

    /** A copy of the group so far (its blocks keep growing in later steps). */
    private static ElementGroup copy(ElementGroup group) {
        ElementGroup copy = new ElementGroup();
        for (Element e : group.getElements()) {
            if (e instanceof ElementPathBlock block) {
                ElementPathBlock b = new ElementPathBlock();
                block.getPattern().getList().forEach(b::addTriplePath);
                copy.addElement(b);
            } else {
                copy.addElement(e);
            }
        }
        return copy;
    }

    private static Query selectAll(Query original, ElementGroup pattern) {
        Query q = new Query(original.getPrologue().copy());
        q.setQuerySelectType();
        q.setQueryResultStar(true);
        q.setQueryPattern(pattern);
        return q;
    }

    /** True when the SELECT's answer is exactly SELECT * of its pattern (no projection, modifiers or VALUES). */
    private static boolean isSelectAllOfPattern(Query q) {
        return q.isQueryResultStar() && !q.isDistinct() && !q.isReduced() && !q.hasGroupBy() && !q.hasAggregators()
                && !q.hasHaving() && !q.hasOrderBy() && !q.hasLimit() && !q.hasOffset() && !q.hasValues();
    }

    private static QueryStep.Kind kind(Element part) {
        if (part instanceof ElementPathBlock) {
            return QueryStep.Kind.TRIPLE;
        } else if (part instanceof ElementFilter) {
            return QueryStep.Kind.FILTER;
        } else if (part instanceof ElementOptional) {
            return QueryStep.Kind.OPTIONAL;
        } else if (part instanceof ElementUnion) {
            return QueryStep.Kind.UNION;
        } else if (part instanceof ElementBind) {
            return QueryStep.Kind.BIND;
        } else if (part instanceof ElementData) {
            return QueryStep.Kind.VALUES;
        } else if (part instanceof ElementMinus) {
            return QueryStep.Kind.MINUS;
        } else if (part instanceof ElementSubQuery) {
            return QueryStep.Kind.SUBQUERY;
        } else if (part instanceof ElementGroup) {
            return QueryStep.Kind.GROUP;
        } else if (part instanceof ElementNamedGraph) {
            return QueryStep.Kind.GRAPH;
        } else if (part instanceof ElementService) {
            return QueryStep.Kind.SERVICE;
        }
        return QueryStep.Kind.OTHER;
    }

    /** rdf:type as Jena writes it in a property path when the query declares no prefix for it. */
    private static final String RDF_TYPE = "<" + RDF.type.getURI() + ">";

    /**
     * The text as the user would write it: Jena writes the {@code a} of a property path ({@code a/rdfs:subClassOf*})
     * as rdf:type's whole IRI unless the query declares a prefix for it; it is written {@code a} again where
     * {@code a} can stand, that is where the text still parses with it ({@code parses}): rdf:type as a subject, an
     * object, in a FILTER or VALUES keeps its IRI ({@code ?p = a} is no SPARQL). Every other IRI keeps the query's
     * own prefixes, which Jena's writer already uses. Strings are left as they are.
     */
    static String written(String text, java.util.function.Predicate<String> parses) {
        String current = text;
        for (int at = typeOutsideStrings(current, 0); at >= 0; ) {
            String tried = current.substring(0, at) + "a" + current.substring(at + RDF_TYPE.length());
            if (parses.test(tried)) {
                current = tried;
                at = typeOutsideStrings(current, at + 1);
            } else {
                at = typeOutsideStrings(current, at + RDF_TYPE.length());
            }
        }
        return current;
    }

    /** Where rdf:type's whole IRI is next written at or after {@code from}, outside string literals; -1 if nowhere. */
    private static int typeOutsideStrings(String text, int from) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(text, i);
            } else if (c == '<' && iriEnd(text, i) > i) {
                // a whole IRI (which may hold a quote); a '<' that is not one is the less-than operator
                if (i >= from && text.startsWith(RDF_TYPE, i)) {
                    return i;
                }
                i = iriEnd(text, i);
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Where the IRI written from {@code start} ends (just after its '>'), or {@code start} if none starts there. */
    private static int iriEnd(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return start;
            }
        }
        return start;
    }

    /** Whether {@code text} parses as a query. */
    private static boolean parses(String text) {
        try {
            QueryFactory.create(text);
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    /** Whether a part's text parses as the pattern of a query with {@code query}'s prefixes and base. */
    private static java.util.function.Predicate<String> asPart(Query query) {
        StringBuilder prologue = new StringBuilder();
        if (query.getBaseURI() != null) {
            prologue.append("BASE <").append(query.getBaseURI()).append(">\n");
        }
        query.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) ->
                prologue.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return part -> parses(prologue + "SELECT * WHERE {\n" + part + "\n}");
    }

    /** Where the string literal starting at {@code start} ends (just after its closing quote or quotes). */
    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        String triple = String.valueOf(quote).repeat(3);
        boolean isLong = text.startsWith(triple, start);
        int i = start + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong ? text.startsWith(triple, i) : c == quote) {
                return i + (isLong ? 3 : 1);
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static String text(Element part, SerializationContext names) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        FormatterElement.format(out, names, part);
        String s = out.asString().strip();
        // a lone triple pattern prints without its final dot
        return part instanceof ElementPathBlock && !s.endsWith(".") ? s + " ." : s;
    }
}
