package org.kgexplorer.core.remote;

import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;

/**
 * What File → Connect to a SPARQL endpoint's Test button and the connection itself find out (ADR 41): that the
 * endpoint answers SPARQL 1.1 (an aggregate, which SPARQL 1.0 lacks), how many triples it holds when it counts them
 * within the time limit, and which full-text index it offers.
 */
public final class EndpointProbe {
    /** How long each text index probe (the name asked for, then each candidate's search) may take. */
    private static final long INDEX_PROBE_MILLIS = 5_000;

    private EndpointProbe() {
    }

    /**
     * What the probe found.
     *
     * @param triples    the triples the endpoint holds, or -1 when counting them took longer than the time limit
     * @param textSearch the text index found ({@link TextSearch#NONE} when none), or the one the profile chose
     * @param millis     how long the probe took
     */
    public record Report(long triples, TextSearch textSearch, long millis) {
    }

    /**
     * Asks the endpoint: an {@code ASK} (it answers at all), a {@code COUNT} of the triples under the profile's time
     * limit (a timeout there is only "many"), and, when the profile says {@link TextSearch#DETECT}, the text indexes.
     *
     * @throws EndpointException when the endpoint cannot be reached or refuses the requests
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted (a cancelled task)
     */
    public static Report probe(RemoteStore store) {
        long start = System.nanoTime();
        long limit = store.timeoutMillis();
        store.query(QueryFactory.create("ASK { }"), false, ARQ.getContext().copy(), limit, exec -> exec.execAsk());
        long triples;
        try {
            triples = store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", limit);
        } catch (EndpointException e) {
            if (e.kind() != EndpointException.Kind.TIMEOUT) {
                throw e;
            }
            triples = -1;
        }
        TextSearch search = store.profile().textSearch();
        if (search == TextSearch.DETECT) {
            search = detect(store, Math.min(limit > 0 ? limit : INDEX_PROBE_MILLIS, INDEX_PROBE_MILLIS));
        }
        return new Report(triples, search, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The first text index that finds a word of a name the endpoint holds: Virtuoso, QLever, then Jena text; a
     * server without one either rejects the probe or matches nothing, and the answer is {@link TextSearch#NONE}.
     */
    static TextSearch detect(RemoteStore store, long limitMillis) {
        String word = store.query(QueryFactory.create("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                        + "FILTER(isLiteral(?l) && STRLEN(STR(?l)) >= 4) } LIMIT 1"), false, ARQ.getContext().copy(),
                limitMillis, exec -> {
                    var rows = exec.execSelect();
                    return rows.hasNext() ? rows.next().getLiteral("l").getLexicalForm() : null;
                });
        if (word == null) {
            return TextSearch.NONE;
        }
        String first = word.strip().split("[^\\p{L}\\p{N}]+")[0];
        if (first.length() < 3) {
            return TextSearch.NONE;
        }
        for (TextSearch candidate : List.of(TextSearch.VIRTUOSO, TextSearch.QLEVER, TextSearch.JENA_TEXT)) {
            // each candidate's search under the probe's own limit, not the store's
            RemoteStore probing = store.withTimeout(limitMillis).withTextSearch(candidate);
            try {
                if (!new RemoteEntitySearch(probing).search(first, 1).isEmpty()) {
                    return candidate;
                }
            } catch (EndpointException e) {
                // not this server's index: the server rejected its words, or took too long over them
            }
        }
        return TextSearch.NONE;
    }
}
