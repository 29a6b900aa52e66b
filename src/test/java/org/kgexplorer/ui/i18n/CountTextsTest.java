package org.kgexplorer.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A count of one reads "1 row", not "1 rows", in both languages; larger counts keep the plural and their grouping. */
class CountTextsTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    private static String text(Locale locale, String screen, String key, Object... args) {
        I18n i18n = new I18n();
        i18n.localeProperty().set(locale);
        return i18n.texts("org.kgexplorer.ui." + screen + ".messages").get(key, args);
    }

    @Test
    void savingOneRowIsSingularInEnglishAndSpanish() {
        assertEquals("The 1 row shown", text(Locale.ENGLISH, "results", "save.rows.shown", 1));
        assertEquals("The 2 rows shown", text(Locale.ENGLISH, "results", "save.rows.shown", 2));
        assertEquals("La fila mostrada", text(ES, "results", "save.rows.shown", 1));
        assertEquals("The only row", text(Locale.ENGLISH, "results", "save.rows.all", 1));
        assertEquals("Las 1.027 filas", text(ES, "results", "save.rows.all", 1027));
        assertEquals("Saved 1 row to fent1.csv.", text(Locale.ENGLISH, "results", "notice.saved", 1, "fent1.csv"));
        assertEquals("Saved 1,027 rows to a.csv.", text(Locale.ENGLISH, "results", "notice.saved", 1027, "a.csv"));
        assertEquals("Se guardó 1 fila en fent1.csv, y su procedencia en p.ttl.",
                text(ES, "results", "notice.savedWithProvenance", 1, "fent1.csv", "p.ttl"));
        assertEquals("Saved 1 row to fent1.csv, and where they came from to p.ttl.",
                text(Locale.ENGLISH, "results", "notice.savedWithProvenance", 1, "fent1.csv", "p.ttl"));
    }

    @Test
    void theOtherCountsOfOneAreSingularToo() {
        assertEquals("1 row in 0.06 s", text(Locale.ENGLISH, "results", "status.rows", 1, 0.06));
        assertEquals("1 tripleta en 0,06 s", text(ES, "results", "status.triples", 1, 0.06));
        assertEquals("1 of 1 row in 0.10 s", text(Locale.ENGLISH, "results", "status.rows.filtered", 1, 1, 0.1));
        assertEquals("Saved 1 fact to m.csv.", text(Locale.ENGLISH, "explain", "matrix.saved", 1, "m.csv"));
        assertEquals("Se guardó 1 hecho en m.csv.", text(ES, "explain", "matrix.saved", 1, "m.csv"));
        assertEquals("1 fuente, 1 tripleta distinta", text(ES, "sources", "summary", 1, 1));
        assertEquals("3 sources, 5,027 distinct triples", text(Locale.ENGLISH, "sources", "summary", 3, 5027));
        assertEquals("SPARQL 1.1, 1 triple, 0.5 s", text(Locale.ENGLISH, "sources", "endpoint.works", 1, 0.5));
    }

    @Test
    void noneIsPluralNotOne() {
        // ChoiceFormat takes its first form for anything below it: without a 0 form, an empty answer read "1 row"
        assertEquals("0 rows in 0.05 s", text(Locale.ENGLISH, "results", "status.rows", 0, 0.05));
        assertEquals("0 filas en 0,05 s", text(ES, "results", "status.rows", 0, 0.05));
        assertEquals("0 triples in 0.05 s", text(Locale.ENGLISH, "results", "status.triples", 0, 0.05));
        assertEquals("0 of 0 rows in 0.10 s", text(Locale.ENGLISH, "results", "status.rows.filtered", 0, 0, 0.1));
        assertEquals("0 rows so far…", text(Locale.ENGLISH, "results", "status.arriving", 0));
        assertEquals("SPARQL 1.1, 0 tripletas, 0,5 s", text(ES, "sources", "endpoint.works", 0, 0.5));
        assertEquals("Copied 0 triples as \"c\"; the window now works on the local copy.",
                text(Locale.ENGLISH, "offline", "copy.done", 0, "c"));
    }
}
