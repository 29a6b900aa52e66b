package org.kgexplorer.ui.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryHistoryTest {
    @Test
    void theSummarySkipsPrefixesAndComments() {
        assertEquals("SELECT ?s WHERE { ?s ?p ?o }",
                QueryHistory.summary("# mine\nPREFIX a: <http://a/>\n\nSELECT ?s\nWHERE {   ?s ?p ?o }", false));
    }

    @Test
    void aLibraryQuestionIsSummedUpByItsTitleInTheInterfaceLanguage() {
        String q = "# title: Who?\n# title@es: ¿Quién?\n# description: d\nSELECT * {}";
        assertEquals("Who?", QueryHistory.summary(q, false));
        assertEquals("¿Quién?", QueryHistory.summary(q, true));
    }
}
