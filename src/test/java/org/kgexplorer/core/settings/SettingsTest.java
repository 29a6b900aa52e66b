package org.kgexplorer.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesAndListsSurviveARestart() throws Exception {
        Settings s = Settings.in(dir.resolve("config"));
        s.put("theme", "dark");
        s.put("query = with: odd #chars", " leading space, ñ and \\ backslash\nnew line");
        s.putList("recent", List.of("/a b/c.ttl", "/d.ttl"));
        s.save();
        Settings again = Settings.in(dir.resolve("config"));
        assertEquals("dark", again.get("theme", "light"));
        assertEquals(" leading space, ñ and \\ backslash\nnew line", again.get("query = with: odd #chars").orElseThrow());
        assertEquals(List.of("/a b/c.ttl", "/d.ttl"), again.getList("recent"));
    }

    @Test
    void aShorterListReplacesALongerOne() throws Exception {
        Settings s = Settings.in(dir);
        s.putList("recent", List.of("1", "2", "3"));
        s.putList("recent", List.of("9"));
        assertEquals(List.of("9"), s.getList("recent"));
    }

    @Test
    void aMissingOrBrokenFileGivesDefaults() throws Exception {
        assertEquals("light", Settings.in(dir.resolve("none")).get("theme", "light"));
        Files.writeString(dir.resolve("settings.properties"), "broken=\\uZZZZ");
        assertTrue(Settings.in(dir).get("broken").isEmpty());
        assertEquals(1.5, Settings.in(dir).getDouble("missing", 1.5));
    }
}
