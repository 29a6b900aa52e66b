package org.kgexplorer.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fuzz pass feeds hostile input to: the loader of each RDF syntax (through {@code stats}, the CLI's
 * simplest load) and the query parser (through {@code query}, over a small fixed graph). The tokens are what the
 * mutator splices in: the syntax's own punctuation and keywords, which reach deeper than random bytes.
 */
enum FuzzTarget {
    TURTLE("ttl", List.of("(", "[ <http://ex.org/p> ", "(["), "@prefix", "@base", "PREFIX", "<", ">", "\"", "\"\"\"", "'", "(", ")", "[", "]", ";", ",", ".",
            "_:b", "^^", "@en", "\\u", "\\U", "a", "true", "1e9", "#", "<#x>", ":"),
    TRIG("trig", List.of("(", "[ <http://ex.org/p> "), "GRAPH", "{", "}", "<", ">", "\"", "(", ")", "[", "]", ";", ".", "_:g", "^^", "@es", "\\u",
            "@prefix", ":"),
    NTRIPLES("nt", List.of("<", "\\u00"), "<", ">", "\"", "_:", "^^", "@", " .\n", "\\u", "\\U", "\\n", "#"),
    NQUADS("nq", List.of("<", "\"\\\""), "<", ">", "\"", "_:", "^^", "@", " .\n", "\\u", "<g>", "#"),
    RDFXML("rdf", List.of("<ex:p rdf:parseType=\"Resource\">", "<rdf:Description><ex:p>"), "<rdf:Description", "rdf:about=\"", "rdf:ID=\"", "rdf:resource=\"", "rdf:parseType=\"",
            "Literal", "Collection", "Resource", "xml:lang=\"", "xml:base=\"", "</", "/>", ">", "<!DOCTYPE",
            "<!ENTITY", "&", ";", "\"", "rdf:nodeID=\""),
    JSONLD("jsonld", List.of("[", "{\"http://ex.org/p\": ", "{\"@list\": ["), "{", "}", "[", "]", "\"@id\":", "\"@type\":", "\"@context\":", "\"@graph\":", "\"@value\":",
            "\"@language\":", "\"@list\":", "\"@reverse\":", "\"@base\":", "\"@vocab\":", ",", ":", "\"", "null",
            "true", "1.5e300"),
    QUERY("rq", List.of("(", "{", "1+", "{ SELECT * WHERE ", "{} UNION ", "!("), "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "(", ")", "?x", "OPTIONAL", "UNION",
            "FILTER", "EXISTS", "NOT", "MINUS", "BIND", "AS", "VALUES", "GRAPH", "SERVICE", "LIMIT", "OFFSET",
            "ORDER BY", "GROUP BY", "HAVING", "COUNT", "*", "+", "/", "|", "^", "<", ">", "\"", "#", "PREFIX",
            "BASE", "LOAD", "INSERT DATA", "FROM", "REGEX", "STR", "1"),
    ;

    /** The query run against each mutated data file: it reads every triple, so a load that passes is used. */
    static final String DATA_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    /** The small graph that mutated queries run over. */
    static final String QUERY_DATA = """
            @prefix ex: <http://ex.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:alpha a ex:TaskForce ; rdfs:label "Alpha"@en, "Alfa"@es ; ex:worksWith ex:bravo ; ex:size 12 .
            ex:bravo a ex:Unit ; rdfs:label "Bravo" ; ex:since "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
            ex:TaskForce rdfs:subClassOf ex:Organization .
            """;

    private final String extension;
    private final List<byte[]> openers;
    private final List<byte[]> tokens;

    FuzzTarget(String extension, List<String> openers, String... tokens) {
        this.extension = extension;
        this.openers = bytes(openers);
        this.tokens = bytes(List.of(tokens));
    }

    private static List<byte[]> bytes(List<String> texts) {
        List<byte[]> all = new ArrayList<>();
        texts.forEach(t -> all.add(t.getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(all);
    }

    String extension() {
        return extension;
    }

    List<byte[]> tokens() {
        return tokens;
    }

    /** What opens a nested structure in this syntax (repeated, it nests deeply or makes a term very long). */
    List<byte[]> openers() {
        return openers;
    }

    /** The folder of this target's corpus under the fuzz resources ("turtle", "query"...). */
    String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The command line for one input written at {@code input}; {@code output} must not exist afterwards on failure. */
    List<String> arguments(Path input, Path output, Path queryData) {
        if (this == QUERY) {
            return List.of("query", "--no-default", "--data", queryData.toString(), "--timeout", "5",
                    "-f", input.toString(), "-o", output.toString());
        }
        return List.of("query", "--no-default", "--data", input.toString(), "--timeout", "5",
                "-e", DATA_QUERY, "--format", "csv", "-o", output.toString());
    }
}
