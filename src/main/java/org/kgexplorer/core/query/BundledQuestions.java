package org.kgexplorer.core.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Which library questions an endpoint can answer (issue 16): the questions were written for the bundled graph and
 * name its terms (its entities, {@code https://kgexplorer.org/id/}, and its vocabulary,
 * {@code https://kgexplorer.org/ontology#}); over an endpoint that does not hold a term a question names, the question
 * would run into an empty answer, so it says so instead. One request asks the endpoint which of all the named terms
 * it holds.
 */
public final class BundledQuestions {
    /** Where the bundled graph's terms live. */
    public static final String NAMESPACE = "https://kgexplorer.org/";
    private static final Pattern FULL = Pattern.compile("<(" + Pattern.quote(NAMESPACE) + "[^>\\s]*)>");
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w<])([A-Za-z][\\w-]*)?:([A-Za-z_][\\w-]*)");

    private BundledQuestions() {
    }

    /** The terms of the bundled graph a question names, in the order they appear. */
    public static Set<String> named(Question question) {
        Set<String> terms = new LinkedHashSet<>();
        PrefixMapping prefixes;
        try {
            prefixes = QueryFactory.create(question.sparql()).getPrefixMapping();
        } catch (RuntimeException e) {
            return terms;
        }
        for (String line : question.sparql().lines().toList()) {
            String code = line.strip();
            if (code.startsWith("#") || code.regionMatches(true, 0, "PREFIX", 0, 6)) {
                continue;
            }
            Matcher full = FULL.matcher(code);
            while (full.find()) {
                terms.add(full.group(1));
            }
            Matcher prefixed = PREFIXED.matcher(code);
            while (prefixed.find()) {
                String ns = prefixes.getNsPrefixURI(prefixed.group(1) == null ? "" : prefixed.group(1));
                if (ns != null && ns.startsWith(NAMESPACE)) {
                    terms.add(ns + prefixed.group(2));
                }
            }
        }
        return terms;
    }

    /**
     * For each question that names a term of the bundled graph the endpoint does not hold, those terms (questions it
     * can answer are left out). One {@code SELECT} under the store's time limit.
     */
    public static Map<Question, List<String>> missing(RemoteStore store, List<Question> questions,
                                                      Cancellation cancellation) {
        Map<Question, Set<String>> named = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Question q : questions) {
            Set<String> terms = named(q);
            terms.removeIf(t -> !RemoteStore.writableIri(t));
            named.put(q, terms);
            all.addAll(terms);
        }
        Set<String> held = new HashSet<>();
        if (!all.isEmpty()) {
            StringBuilder values = new StringBuilder();
            all.forEach(t -> values.append(" <").append(t).append('>'));
            Query query = QueryFactory.create("SELECT ?x WHERE { VALUES ?x {" + values + " } "
                    + "FILTER(EXISTS { ?x ?p ?o } || EXISTS { ?s ?x ?o } || EXISTS { ?s ?p ?x }) }");
            store.query(query, false, ARQ.getContext().copy(), store.timeoutMillis(), exec -> {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    var x = rows.next().get("x");
                    if (x != null && x.isURIResource()) {
                        held.add(x.asResource().getURI());
                    }
                }
                return null;
            });
        }
        cancellation.throwIfCancelled();
        Map<Question, List<String>> missing = new LinkedHashMap<>();
        named.forEach((q, terms) -> {
            List<String> lacking = new ArrayList<>(terms);
            lacking.removeIf(held::contains);
            if (!lacking.isEmpty()) {
                missing.put(q, List.copyOf(lacking));
            }
        });
        return missing;
    }
}
