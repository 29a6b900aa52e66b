package org.kgexplorer.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserFoldersTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxWithoutXdgVariablesUsesTheSpecificationDefaults() {
        UserFolders folders = UserFolders.of("kg-explorer", "Linux", HOME, Map.of());

        assertEquals(Path.of("/home/ana/.config/kg-explorer"), folders.config());
        assertEquals(Path.of("/home/ana/.local/share/kg-explorer"), folders.data());
        assertEquals(Path.of("/home/ana/.cache/kg-explorer"), folders.cache());
        assertEquals(Path.of("/home/ana/.local/state/kg-explorer"), folders.logs());
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        UserFolders folders = UserFolders.of("kg-explorer", "Linux", HOME, Map.of(
                "XDG_CONFIG_HOME", "/srv/conf", "XDG_DATA_HOME", "/srv/data", "XDG_CACHE_HOME", "/tmp/cache",
                "XDG_STATE_HOME", "/srv/state"));

        assertEquals(Path.of("/srv/conf/kg-explorer"), folders.config());
        assertEquals(Path.of("/srv/data/kg-explorer"), folders.data());
        assertEquals(Path.of("/tmp/cache/kg-explorer"), folders.cache());
        assertEquals(Path.of("/srv/state/kg-explorer"), folders.logs());
    }

    @Test
    void relativeOrEmptyXdgVariablesAreIgnoredAsTheSpecificationSays() {
        UserFolders folders = UserFolders.of("kg-explorer", "Linux", HOME,
                Map.of("XDG_CONFIG_HOME", "relative/conf", "XDG_CACHE_HOME", ""));

        assertEquals(Path.of("/home/ana/.config/kg-explorer"), folders.config());
        assertEquals(Path.of("/home/ana/.cache/kg-explorer"), folders.cache());
    }

    @Test
    void otherUnixSystemsFollowXdgToo() {
        UserFolders folders = UserFolders.of("kg-explorer", "FreeBSD", HOME, Map.of());

        assertEquals(Path.of("/home/ana/.config/kg-explorer"), folders.config());
    }

    @Test
    void windowsKeepsSettingsInRoamingAppDataAndDataAndCacheInLocalAppData() {
        Path home = Path.of("C:\\Users\\ana");
        UserFolders folders = UserFolders.of("kg-explorer", "Windows 11", home, Map.of(
                "APPDATA", "C:\\Users\\ana\\AppData\\Roaming", "LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"));

        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("kg-explorer"), folders.config());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("kg-explorer").resolve("Data"), folders.data());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("kg-explorer").resolve("Cache"), folders.cache());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("kg-explorer").resolve("logs"), folders.logs());
    }

    @Test
    void windowsWithoutItsVariablesFallsBackToTheFoldersUnderTheHome() {
        UserFolders folders = UserFolders.of("kg-explorer", "Windows 10", HOME, Map.of());

        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("kg-explorer"), folders.config());
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("kg-explorer").resolve("Cache"), folders.cache());
    }

    @Test
    void macOsUsesApplicationSupportAndCaches() {
        Path home = Path.of("/Users/ana");
        UserFolders folders = UserFolders.of("kg-explorer", "Mac OS X", home,
                Map.of("XDG_CONFIG_HOME", "/ignored/on/mac"));

        assertEquals(Path.of("/Users/ana/Library/Application Support/kg-explorer"), folders.config());
        assertEquals(Path.of("/Users/ana/Library/Application Support/kg-explorer"), folders.data());
        assertEquals(Path.of("/Users/ana/Library/Caches/kg-explorer"), folders.cache());
        assertEquals(Path.of("/Users/ana/Library/Logs/kg-explorer"), folders.logs());
    }
}
