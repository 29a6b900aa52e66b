package org.kgexplorer.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Load failures as the window says them: in English exactly the core's words (which the command line prints), in
 * Spanish none of them. Each failure is a real one, from real files and folders (seen on the desktop: "the RDF syntax
 * is unknown" and "not valid Turtle" in the Spanish window).
 */
class LoadProblemTextsTest {
    @TempDir
    Path dir;

    @Test
    void everyLoadFailureIsSaidInSpanishAndInEnglishAsTheCommandLineSaysIt() throws Exception {
        Files.write(dir.resolve("random.bin"), new byte[] {1, 2, 3, (byte) 0xff});
        Files.writeString(dir.resolve("garbage.ttl"), "hello world .\n");
        Files.write(dir.resolve("latin1.nt"), "<http://ex.org/a> <http://ex.org/p> \"caf\u00e9\" .\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("fake.ttl.gz"), "not compressed\n");
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty").resolve("notes.txt"), "no RDF here\n");
        List<Exception> failures = new ArrayList<>();
        for (String name : List.of("random.bin", "garbage.ttl", "latin1.nt", "fake.ttl.gz", "missing.ttl", "empty")) {
            failures.add(assertThrows(DataLoadException.class, () -> new InMemoryStore().load(
                    RdfInputs.of(List.of(dir.resolve(name))), LoadMode.ADD, ProgressListener.silent(), Cancellation.none()), name));
        }
        Path notADatabase = Files.createDirectories(dir.resolve("notadb"));
        Files.writeString(notADatabase.resolve("notes.txt"), "x");
        failures.add(assertThrows(TdbStore.Unavailable.class, () -> TdbStore.open(notADatabase, false)));

        I18n i18n = new I18n();
        I18n.Texts texts = i18n.texts("org.kgexplorer.ui.sources.messages");
        for (Exception e : failures) {
            i18n.localeProperty().set(Locale.ENGLISH);
            String english = LoadProblemTexts.message(texts, e);
            assertEquals(e.getMessage(), english, "in English, the command line's words");
            i18n.localeProperty().set(Locale.forLanguageTag("es"));
            String spanish = LoadProblemTexts.message(texts, e);
            assertNotEquals(english, spanish, "said in Spanish: " + spanish);
            // the core's own words: the problem up to its first colon or bracket (what follows may be a parser's)
            String lead = e instanceof DataLoadException d ? d.problem().split("[:(]")[0].trim() : "not a TDB2 database";
            assertFalse(spanish.contains(lead), "no English left of \"" + lead + "\": " + spanish);
        }
        assertTrue(failures.size() == 7);
    }

    @Test
    void aParsersOwnWordsStayAsTheyCameInsideTheSpanishSentence() throws Exception {
        Files.writeString(dir.resolve("garbage.ttl"), "hello world .\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> new InMemoryStore().load(
                RdfInputs.of(List.of(dir.resolve("garbage.ttl"))), LoadMode.ADD, ProgressListener.silent(), Cancellation.none()));
        I18n i18n = new I18n();
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        String said = LoadProblemTexts.message(i18n.texts("org.kgexplorer.ui.sources.messages"), e);
        String jena = e.problem().substring("not valid Turtle: ".length());
        assertEquals(dir.resolve("garbage.ttl") + ":" + e.line() + ":" + e.column() + ": no es Turtle válido: " + jena, said);
    }
}
