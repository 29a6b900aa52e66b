package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type-ahead typed while the search index builds (issue 13, item 7): the window starts on a generated file large
 * enough that its load and its index take seconds; a word only that file has is typed into the search box (real
 * key presses) before the index that knows it is ready, and its suggestions appear once the index is, with no other
 * key pressed. The search box's own tooltip says which index answers (its entity count), which is how the test
 * proves the index was not ready when the typing ended.
 */
class SearchWhileIndexingDesktopIT {
    /** Entities in the generated file: its load and index take several seconds on a 2-core machine. */
    private static final int ENTITIES = 120_000;
    /** The word typed: only the generated file's entities have it. */
    private static final String WORD = "Quokka";

    @TempDir
    Path dir;

    @Test
    void suggestionsForWhatWasTypedAppearWhenTheIndexIsReady() throws Exception {
        Path data = dir.resolve("colonies.ttl");
        try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            out.write("""
                    @prefix ex: <https://example.org/colonies#> .
                    @prefix owl: <http://www.w3.org/2002/07/owl#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    ex:Colony a owl:Class ; rdfs:label "Colony"@en .
                    """);
            for (int i = 1; i <= ENTITIES; i++) {
                out.write("ex:c" + i + " a ex:Colony ; rdfs:label \"" + WORD + " colony " + i + "\"@en , \"Colonia de quokkas "
                        + i + "\"@es .\n");
            }
        }
        DesktopLayer.screen(1440, 900).named("search-while-indexing").args(data.toString())
                .run(TypesBeforeTheIndexIsReady.class, Integer.toString(ENTITIES), WORD);
    }

    public static final class TypesBeforeTheIndexIsReady implements Scenario {
        /** The tooltip's "…: {0} entities, {1} names" (English, as the run starts). */
        private static final Pattern READY = Pattern.compile("(\\d[\\d,.\\u00a0 ]*) entities");

        @Override
        public void run(RunningApp app, String... args) throws Exception {
            int generated = Integer.parseInt(args[0]);
            String word = args[1];
            TextField box = (TextField) app.find("#entity-search");
            app.key("ctrl+f");
            RunningApp.waitUntil("the search box has the focus", () -> app.fxQuietly(box::isFocused));
            app.type(word);
            // What the box answers from now: the index it uses when the typing has ended.
            String indexWhenTyped = app.fx(() -> tooltip(box));
            long typedAt = System.nanoTime();
            assertEquals(word, app.fx(box::getText), "the box holds what was typed");
            long entities = entities(indexWhenTyped);
            assertTrue(entities < generated, "the index that knows the generated file was not ready when the typing "
                    + "ended (the search box said \"" + indexWhenTyped + "\"): the file is too small to test this");
            app.screenshot("typed-while-indexing");
            // No further key: the suggestions come when the index is ready.
            app.popupCellContaining(word + " colony");
            long seconds = Duration.ofNanos(System.nanoTime() - typedAt).toSeconds();
            String indexNow = app.fx(() -> tooltip(box));
            assertTrue(entities(indexNow) >= generated, "the suggestions come from the new index: " + indexNow);
            assertEquals(word, app.fx(box::getText), "the box still holds only what was typed");
            app.screenshot("suggestions");
            Files.writeString(app.out.resolve("timing.txt"), "typed with the index at: " + indexWhenTyped
                    + "\nsuggestions shown " + seconds + " s later with: " + indexNow + "\n", StandardCharsets.UTF_8);
        }

        private static String tooltip(TextField box) {
            Tooltip tip = box.getTooltip();
            return tip == null ? "" : tip.getText();
        }

        /** The entity count the tooltip gives; 0 while the first index is built ("Indexing names…"). */
        private static long entities(String tooltip) {
            Matcher m = READY.matcher(tooltip);
            return m.find() ? Long.parseLong(m.group(1).replaceAll("\\D", "")) : 0;
        }
    }
}
