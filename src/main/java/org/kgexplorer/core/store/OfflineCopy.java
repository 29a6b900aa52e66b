package org.kgexplorer.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.export.TempFiles;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * Takes a piece of an endpoint offline (ADR 42): its triples go into a local store as one named graph, named after
 * the copy ({@link #graphIri}), and the copy's provenance in PROV-O goes into the default graph: the graph is a
 * {@code prov:Entity} derived from the endpoint, generated at a time by an activity whose plan is the query. The
 * copy is one load of the store (written as N-Quads to a temporary file first), so a failed or cancelled copy
 * leaves the store as it was.
 */
public final class OfflineCopy {
    /** The PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** Where the names of copies are minted. */
    public static final String COPIES = "https://kgexplorer.org/copy/";
    /** The agent that made every copy: this application. */
    public static final String AGENT = "https://kgexplorer.org/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int CHECK_EVERY = 1 << 12;

    private OfflineCopy() {
    }

    /**
     * Where the copied triples came from.
     *
     * @param endpoint the endpoint's address ({@link #publicAddress} is what is kept of it)
     * @param query    the query whose answer was copied
     * @param time     when the copy was taken
     */
    public record Origin(URI endpoint, String query, Instant time) {
    }

    /** The IRI of a copy: its name made safe for an IRI path, then the time in UTC (to the second). */
    public static String graphIri(String name, Instant time) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return COPIES + (plain.isEmpty() ? "copy" : plain) + "/" + STAMP.format(time);
    }

    /**
     * The endpoint's address as provenance keeps it: scheme, host, port and path, without user information, query
     * or fragment, which may carry a secret (an API key in the query string).
     */
    public static String publicAddress(URI endpoint) {
        try {
            return new URI(endpoint.getScheme(), null, endpoint.getHost(), endpoint.getPort(), endpoint.getPath(),
                    null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an endpoint address: " + endpoint.getScheme() + "://"
                    + endpoint.getHost(), e);
        }
    }

    /**
     * Copies {@code triples} into {@code target} as the named graph {@link #graphIri}{@code (name, origin.time())},
     * with the provenance in the default graph, as one load: all of it, or (failed, cancelled) nothing.
     *
     * @return the source the store now lists for the copy
     * @throws DataLoadException naming what failed
     * @throws java.util.concurrent.CancellationException when cancelled; the store is unchanged
     */
    public static List<LoadedSource> copy(KnowledgeStore target, String name, Graph triples, Origin origin,
                                          ProgressListener progress, Cancellation cancellation)
            throws DataLoadException {
        String graph = graphIri(name, origin.time());
        Path file;
        try {
            file = Files.createTempFile("kgx-copy-", ".nq");
        } catch (IOException e) {
            throw new DataLoadException(name, "no room for the copy (" + e.getMessage() + ")");
        }
        TempFiles.track(file);
        try {
            write(file, graph, name, triples, origin, cancellation);
            long size = Files.size(file);
            RdfInput input = new RdfInput(fileName(name), publicAddress(origin.endpoint()), graph, size, false,
                    () -> Files.newInputStream(file));
            return target.load(List.of(input), LoadMode.ADD, ParsePolicy.strict(), progress, cancellation);
        } catch (IOException e) {
            throw new DataLoadException(name, "the copy could not be written (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // TempFiles removes it when the application ends
            }
            TempFiles.untrack(file);
        }
    }

    /**
     * The query that copies what a graph view shows from the endpoint: the relationships drawn (given with {@code
     * VALUES}, so exactly those), and the types and names of the entities drawn. Blank nodes, which the server would
     * not know again by name, are left out.
     */
    public static String graphQuery(java.util.Collection<Triple> edges, java.util.Collection<Node> entities) {
        StringBuilder q = new StringBuilder("CONSTRUCT { ?s ?p ?o } WHERE {\n  { VALUES (?s ?p ?o) {");
        for (Triple t : edges) {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                q.append("\n    (").append(NodeFmtLib.strNT(t.getSubject())).append(' ')
                        .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                        .append(NodeFmtLib.strNT(t.getObject())).append(')');
            }
        }
        q.append(" } }\n  UNION\n  { VALUES ?s {");
        for (Node n : entities) {
            if (n.isURI()) {
                q.append(' ').append(NodeFmtLib.strNT(n));
            }
        }
        q.append(" }\n    VALUES ?p { ").append(NodeFmtLib.strNT(RDF.type.asNode()));
        org.kgexplorer.core.labels.LabelResolver.LABEL_PROPERTIES.forEach(p -> q.append(' ').append(NodeFmtLib.strNT(p)));
        q.append(" }\n    ?s ?p ?o }\n}\n");
        return q.toString();
    }

    /** The name the store lists the copy by: the copy's name as an N-Quads file. */
    static String fileName(String name) {
        return name.strip() + ".nq";
    }

    private static void write(Path file, String graph, String name, Graph triples, Origin origin,
                              Cancellation cancellation) throws IOException {
        Node g = NodeFactory.createURI(graph);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
            long written = 0;
            ExtendedIterator<Triple> it = triples.find();
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    quads.quad(Quad.create(g, t));
                    if (++written % CHECK_EVERY == 0) {
                        cancellation.throwIfCancelled();
                    }
                }
            } finally {
                it.close();
            }
            provenance(g, name, origin).forEach(t -> quads.quad(Quad.create(Quad.defaultGraphIRI, t)));
            quads.finish();
        }
        cancellation.throwIfCancelled();
    }

    /**
     * The copy's provenance: the graph, a {@code prov:Entity} named {@code name}, derived from the endpoint and
     * generated at the copy's time by an activity that used the endpoint, associated with this application and
     * the query as its plan ({@code prov:Plan} with the text as {@code prov:value}).
     */
    static List<Triple> provenance(Node graph, String name, Origin origin) {
        Node endpoint = NodeFactory.createURI(publicAddress(origin.endpoint()));
        Node activity = NodeFactory.createURI(graph.getURI() + "#copying");
        Node association = NodeFactory.createURI(graph.getURI() + "#association");
        Node plan = NodeFactory.createURI(graph.getURI() + "#query");
        Node agent = NodeFactory.createURI(AGENT);
        Node time = NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(origin.time()),
                XSDDatatype.XSDdateTime);
        return List.of(
                Triple.create(graph, RDF.type.asNode(), prov("Entity")),
                Triple.create(graph, RDFS.label.asNode(), NodeFactory.createLiteralString(name.strip())),
                Triple.create(graph, prov("wasDerivedFrom"), endpoint),
                Triple.create(graph, prov("generatedAtTime"), time),
                Triple.create(graph, prov("wasGeneratedBy"), activity),
                Triple.create(endpoint, RDF.type.asNode(), prov("Entity")),
                Triple.create(activity, RDF.type.asNode(), prov("Activity")),
                Triple.create(activity, prov("used"), endpoint),
                Triple.create(activity, prov("endedAtTime"), time),
                Triple.create(activity, prov("wasAssociatedWith"), agent),
                Triple.create(activity, prov("qualifiedAssociation"), association),
                Triple.create(association, RDF.type.asNode(), prov("Association")),
                Triple.create(association, prov("agent"), agent),
                Triple.create(association, prov("hadPlan"), plan),
                Triple.create(agent, RDF.type.asNode(), prov("SoftwareAgent")),
                Triple.create(agent, RDFS.label.asNode(), NodeFactory.createLiteralString("KG Explorer")),
                Triple.create(plan, RDF.type.asNode(), prov("Plan")),
                Triple.create(plan, prov("value"), NodeFactory.createLiteralString(origin.query())));
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }
}
