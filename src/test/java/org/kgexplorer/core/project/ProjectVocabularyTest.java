package org.kgexplorer.core.project;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Every term project.ttl uses is documented in ontology/project.ttl, with a label and a comment in English and Spanish. */
class ProjectVocabularyTest {
    @Test
    void everyTermIsDocumentedInBothLanguages() throws Exception {
        Model doc = ModelFactory.createDefaultModel();
        try (InputStream in = ProjectVocabularyTest.class.getResourceAsStream("/ontology/project.ttl")) {
            assertNotNull(in, "ontology/project.ttl is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(doc);
        }
        List<String> terms = new ArrayList<>();
        for (Field f : ProjectVocabulary.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                terms.add(r.getURI());
            }
        }
        assertTrue(terms.size() > 20, terms.toString());
        for (String term : terms) {
            Resource r = doc.getResource(term);
            for (String lang : List.of("en", "es")) {
                assertTrue(r.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)),
                        term + " has an rdfs:label@" + lang);
                assertTrue(r.listProperties(RDFS.comment).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)),
                        term + " has an rdfs:comment@" + lang);
            }
        }
        int documented = doc.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(ProjectVocabulary.NS))
                .toList().size();
        // and kgxp:Source, the class the four kinds of source share, which no project names itself
        assertEquals(terms.size() + 1, documented, "ontology/project.ttl documents exactly the terms in use");
    }
}
