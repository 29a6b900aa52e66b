package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * What one input parsed into for a TDB2 database (the in-memory store reads into graphs instead, ADR 49), held apart
 * from the store until the whole load succeeds (ADR 3): its triples graph
 * by graph in the order the file gives them, and its prefixes. Plain lists, not an indexed dataset: nothing looks
 * a staged triple up, and the parser's own {@link Triple} objects go into the store as they are, so a large load
 * makes a third less live data for the collector to copy while the window is running (ADR 13).
 */
final class StagedData implements StreamRDF {
    /** The default graph's triples under {@link Quad#defaultGraphIRI}, then each named graph's, in order of appearance. */
    private final Map<Node, List<Triple>> graphs = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private List<Triple> lastList;
    private Node lastGraph;

    @Override
    public void start() {
        // Nothing to set up.
    }

    @Override
    public void triple(Triple triple) {
        listOf(Quad.defaultGraphIRI).add(triple);
    }

    @Override
    public void quad(Quad quad) {
        listOf(quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph()).add(quad.asTriple());
    }

    @Override
    public void base(String base) {
        // The base only matters while parsing.
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
    }

    @Override
    public void finish() {
        // Nothing to close.
    }

    private List<Triple> listOf(Node graph) {
        if (graph != lastGraph) {
            lastList = graphs.computeIfAbsent(graph, g -> new ArrayList<>());
            lastGraph = graph;
        }
        return lastList;
    }

    /** The staged triples, graph by graph ({@link Quad#defaultGraphIRI} for the default graph). */
    Map<Node, List<Triple>> graphs() {
        return graphs;
    }

    /** The staged prefixes. */
    Map<String, String> prefixes() {
        return prefixes;
    }

    /** Every staged triple, graph after graph (a triple stated in several graphs comes several times). */
    List<Triple> all() {
        if (graphs.size() == 1) {
            return graphs.values().iterator().next();
        }
        List<Triple> all = new ArrayList<>();
        graphs.values().forEach(all::addAll);
        return all;
    }

    /** How many different triples the input states, in its default graph and its named graphs together. */
    long distinctTriples() {
        return distinct(all());
    }

    /** The title the input gives itself (see {@link SourceTitles}), or "". */
    String title() {
        return SourceTitles.of(all());
    }

    /** Its Spanish title, or "". */
    String titleEs() {
        return SourceTitles.spanish(all());
    }

    /**
     * Counts different triples without a hash set of them all: sorts (hash, position) pairs in one long array and
     * compares only triples whose hashes are equal.
     */
    static long distinct(List<Triple> triples) {
        int n = triples.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) triples.get(i).hashCode() << 32) | i;
        }
        Arrays.sort(keys);
        long count = 0;
        int i = 0;
        while (i < n) {
            int hash = (int) (keys[i] >> 32);
            int end = i + 1;
            while (end < n && (int) (keys[end] >> 32) == hash) {
                end++;
            }
            for (int a = i; a < end; a++) {
                Triple t = triples.get((int) keys[a]);
                boolean seen = false;
                for (int b = i; b < a && !seen; b++) {
                    seen = t.equals(triples.get((int) keys[b]));
                }
                if (!seen) {
                    count++;
                }
            }
            i = end;
        }
        return count;
    }
}
