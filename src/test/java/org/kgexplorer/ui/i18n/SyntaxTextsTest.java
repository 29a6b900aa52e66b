package org.kgexplorer.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;

/**
 * A query's syntax error in the window's two languages: the parser's own English (the command line's, unchanged)
 * becomes Spanish sentences with the same line and column and the same offending word.
 */
class SyntaxTextsTest {
    /** The library question of the new-user tour, with a space typed into its prefix's IRI (shot 130). */
    private static final String BROKEN_PREFIX = "# title: x\nPREFIX kgx: <https://kgexpl orer.org/ontology#>\n"
            + "SELECT * WHERE { ?s ?p ?o }";

    private final I18n i18n = new I18n();
    private final I18n.Texts texts = i18n.texts("org.kgexplorer.ui.query.messages");

    private static QueryProblem problem(String query) {
        return assertThrows(QueryProblem.class, () -> SparqlParsing.parse(query));
    }

    private String spanish(QueryProblem p) {
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        return SyntaxTexts.said(texts, p);
    }

    @Test
    void theTourQuestionsErrorIsSpanishAtTheCommandLinesPosition() {
        QueryProblem p = problem(BROKEN_PREFIX);
        assertEquals("query:2:13: unexpected \"<\"; expected an IRI", p.getMessage(), "the command line's words");
        assertEquals("Line 2, column 13: unexpected \"<\"; expected an IRI", SyntaxTexts.said(texts, p));
        assertEquals("Línea 2, columna 13: no se esperaba «<»; se esperaba un IRI", spanish(p));
    }

    @Test
    void whatTheParserExpectedIsSaidInSpanishKeywordsQuotedAsSpanishQuotes() {
        QueryProblem p = problem("SELECT * WHERE { ?s ?p ?o FILTER(?o = ) }");
        assertEquals("query:1:39: unexpected \")\"; expected an IRI, a prefixed name, a variable, \"version\", "
                + "\"TRIPLE\", \"isTRIPLE\", ...", p.getMessage());
        assertEquals("Línea 1, columna 39: no se esperaba «)»; se esperaba un IRI, un nombre con prefijo, una variable, "
                + "«version», «TRIPLE», «isTRIPLE», ...", spanish(p));
    }

    @Test
    void everyKindOfMistakeOfTheParserHasItsSpanishSentence() {
        assertEquals("Línea 1, columna 21: prefijo desconocido en ex:p: declárelo con PREFIX",
                spanish(problem("SELECT * WHERE { ?s ex:p ?o }")));
        assertEquals("Línea 1, columna 35: la consulta termina antes de tiempo; se esperaba un IRI, un nombre con prefijo, "
                + "una variable, «version», «asc», «desc», ...", spanish(problem("SELECT * WHERE { ?s ?p ?o } ORDER BY")));
        assertEquals("Línea 1, columna 1: INSERT DATA es una actualización: solo se ejecutan consultas SELECT, ASK, "
                + "CONSTRUCT y DESCRIBE", spanish(problem("INSERT DATA { <a> <b> <c> }")));
        assertEquals("Línea 1, columna 1: ?x se selecciona sin agrupar: añádala a GROUP BY o úsela en un agregado",
                spanish(problem("SELECT ?x (COUNT(?y) AS ?c) WHERE { ?x ?p ?y }")));
        assertEquals("Línea 1, columna 1: ?x se selecciona dos veces",
                spanish(problem("SELECT (1 AS ?x) (2 AS ?x) WHERE {}")));
        assertEquals("Línea 1, columna 1: ?x ya tiene un valor aquí: dé el valor nuevo a otra variable",
                spanish(problem("SELECT ?x WHERE { ?x ?p ?y BIND(1 AS ?x) }")));
        assertEquals("Línea 1, columna 1: anidada a demasiada profundidad",
                spanish(SparqlParsing.tooDeep(1, 1)));
        String lexical = spanish(problem("SELECT * WHERE { ?s ?p ?o FILTER(unknownfn(?o)) }"));
        assertTrue(lexical.startsWith("Línea 1, columna 34: no se esperaba «unknownfn»"), lexical);
    }

    @Test
    void aProblemWithoutAReasonKeepsItsOwnWords() {
        QueryProblem timeout = new QueryProblem(QueryProblem.Kind.TIMEOUT, "the query did not finish");
        assertEquals("the query did not finish", spanish(timeout));
    }
}
