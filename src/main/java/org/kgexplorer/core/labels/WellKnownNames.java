package org.kgexplorer.core.labels;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * English and Spanish names of the W3C terms that data uses as classes without naming them (RDF, RDFS, OWL, SKOS,
 * PROV, VoID, DCAT): the class tree and the answers of a Spanish class read "Clase" and "Concepto", not the IRI's
 * "Class" and "Concept". A name the data gives always comes first; these only stand in for the end of the IRI.
 */
public final class WellKnownNames {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    /** IRI → {English, Spanish}. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry(RDFS + "Class", new String[] {"Class", "Clase"}),
            Map.entry(RDFS + "Resource", new String[] {"Resource", "Recurso"}),
            Map.entry(RDFS + "Literal", new String[] {"Literal", "Literal"}),
            Map.entry(RDFS + "Datatype", new String[] {"Datatype", "Tipo de datos"}),
            Map.entry(RDF + "Property", new String[] {"Property", "Propiedad"}),
            Map.entry(RDF + "Statement", new String[] {"Statement", "Declaración"}),
            Map.entry(OWL + "Class", new String[] {"OWL class", "Clase OWL"}),
            Map.entry(OWL + "Thing", new String[] {"Thing", "Cosa"}),
            Map.entry(OWL + "Ontology", new String[] {"Ontology", "Ontología"}),
            Map.entry(OWL + "ObjectProperty", new String[] {"Object property", "Propiedad de objeto"}),
            Map.entry(OWL + "DatatypeProperty", new String[] {"Datatype property", "Propiedad de datos"}),
            Map.entry(OWL + "AnnotationProperty", new String[] {"Annotation property", "Propiedad de anotación"}),
            Map.entry(OWL + "NamedIndividual", new String[] {"Named individual", "Individuo con nombre"}),
            Map.entry(SKOS + "Concept", new String[] {"Concept", "Concepto"}),
            Map.entry(SKOS + "ConceptScheme", new String[] {"Concept scheme", "Esquema de conceptos"}),
            Map.entry(SKOS + "Collection", new String[] {"Collection", "Colección"}),
            Map.entry(PROV + "Entity", new String[] {"Entity", "Entidad"}),
            Map.entry(PROV + "Activity", new String[] {"Activity", "Actividad"}),
            Map.entry(PROV + "Agent", new String[] {"Agent", "Agente"}),
            Map.entry(VOID + "Dataset", new String[] {"Dataset", "Conjunto de datos"}),
            Map.entry(DCAT + "Dataset", new String[] {"Dataset", "Conjunto de datos"}),
            Map.entry(DCAT + "Catalog", new String[] {"Catalog", "Catálogo"}));

    private WellKnownNames() {
    }

    /** The term's name in {@code language} ("en" or "es", a subtag such as "es-MX" too), if it is one of these. */
    public static Optional<String> name(Node node, String language) {
        if (node == null || !node.isURI()) {
            return Optional.empty();
        }
        String[] names = NAMES.get(node.getURI());
        if (names == null) {
            return Optional.empty();
        }
        String l = language.toLowerCase(java.util.Locale.ROOT);
        if (l.equals("es") || l.startsWith("es-")) {
            return Optional.of(names[1]);
        }
        return l.equals("en") || l.startsWith("en-") ? Optional.of(names[0]) : Optional.empty();
    }

    /** The name in the first of {@code languages} that has one. */
    public static Optional<String> name(Node node, List<String> languages) {
        for (String l : languages) {
            Optional<String> n = name(node, l);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }
}
