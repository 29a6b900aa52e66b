package org.kgexplorer.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.LoadWatcher;
import org.kgexplorer.core.store.ParsePolicy;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.i18n.I18n;

/**
 * While a database is made, the status bar says how many triples of which file are read, then which index is being
 * made, in the window's language: from the reports of a real load into a real TDB2 database and its indexes.
 */
class DatabaseProgressTextTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseSaysItsTriplesThenEachIndexInEnglishAndSpanish() throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            nt.append("<https://example.org/e").append(i).append("> <http://www.w3.org/2000/01/rdf-schema#label> \"entity ")
                    .append(i).append("\" .\n<https://example.org/e").append(i)
                    .append("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/Thing> .\n");
        }
        Path data = Files.writeString(dir.resolve("things.nt"), nt, StandardCharsets.UTF_8);
        I18n i18n = new I18n();
        I18n.Texts texts = i18n.texts("org.kgexplorer.ui.sources.messages");
        List<String> said = new ArrayList<>();
        ProgressListener status = (done, total, message) -> {
            String text = DatabaseProgressText.of(texts, done, total, message);
            if (text != null && (said.isEmpty() || !said.get(said.size() - 1).equals(text))) {
                said.add(text);
            }
        };
        try (TdbStore db = TdbStore.open(dir.resolve("db"), true)) {
            DatabaseIndexes.Watcher search = new DatabaseIndexes.Watcher();
            KeptCompletion.Watcher completion = new KeptCompletion.Watcher();
            db.load(RdfInputs.of(data), LoadMode.ADD, ParsePolicy.strict(), status, new Cancellation(),
                    LoadWatcher.both(search, completion));
            DatabaseIndexes.keepUpToDate(db, search, status, new Cancellation());
            KeptCompletion.keepUpToDate(db, completion, status, new Cancellation());
        }
        assertEquals(List.of("Reading things.nt: 50,000 triples", "Reading things.nt: 100,000 triples",
                "Counting classes and properties…", "Making the search index…", "Making the class tree…",
                "Making the query editor's completion…"), said);

        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        assertEquals("Leyendo things.nt: 50.000 tripletas", DatabaseProgressText.of(texts, 50_000, -1, "things.nt"));
        for (String phase : List.of(ProgressListener.COMMITTING, ProgressListener.COUNTING, ProgressListener.SEARCH_INDEX,
                ProgressListener.CLASS_TREE, ProgressListener.COMPLETION)) {
            String spanish = DatabaseProgressText.of(texts, -1, -1, phase);
            assertTrue(spanish.endsWith("…") && !spanish.startsWith("task."), phase + ": " + spanish);
        }
    }

    @Test
    void aLoadWithAKnownSizeKeepsItsBarAndSaysNothingMore() {
        I18n.Texts texts = new I18n().texts("org.kgexplorer.ui.sources.messages");
        assertNull(DatabaseProgressText.of(texts, 4096, 100_000, "Reading things.nt"));
        assertNull(DatabaseProgressText.of(texts, -1, -1, "Reading things.nt"), "a phase of its own, unknown here");
        assertEquals("Writing the database…", DatabaseProgressText.of(texts, -1, -1, ProgressListener.COMMITTING));
    }
}
