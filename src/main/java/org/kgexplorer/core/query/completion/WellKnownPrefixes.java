package org.kgexplorer.core.query.completion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prefixes every SPARQL user knows, proposed even when the loaded data does not declare them. */
public final class WellKnownPrefixes {
    /** Prefix name to namespace IRI, in the order they are proposed. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("dc", "http://purl.org/dc/elements/1.1/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("schema", "http://schema.org/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        m.put("geo", "http://www.opengis.net/ont/geosparql#");
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("wd", "http://www.wikidata.org/entity/");
        m.put("wdt", "http://www.wikidata.org/prop/direct/");
        ALL = Collections.unmodifiableMap(m);
    }

    private WellKnownPrefixes() {
    }
}
