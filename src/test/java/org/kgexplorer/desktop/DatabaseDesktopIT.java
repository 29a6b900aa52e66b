package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ListView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * A database opened on the real desktop with the mouse (issue 15): File → Recent databases → the folder, as a user
 * who opened it in an earlier session does; the window's title on the desktop names it, its sources show, and the
 * search finds an entity in it.
 */
class DatabaseDesktopIT {
    @TempDir
    Path dir;

    @Test
    void aRecentDatabaseOpensFromTheFileMenu() throws Exception {
        Path db = dir.resolve("orgdb");
        try (TdbStore store = TdbStore.open(db, true)) {
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        }
        DesktopLayer.screen(1440, 900).named("database").setting("recentDatabases.0", db.toString())
                .run(OpenRecentDatabase.class, db.toString());
    }

    public static final class OpenRecentDatabase implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            TourDesktopIT.Words words = TourDesktopIT.Words.of("en");
            app.clickMenu(words.get("main", "menu.file"), words.get("main", "menu.file.recentDatabases"), args[0]);
            RunningApp.waitUntil("the title names the database", () -> app.fxQuietly(() ->
                    "orgdb — KG Explorer".equals(app.stage.getTitle())));
            RunningApp.waitUntil("the window manager shows the title", () -> RunningApp.x("wmctrl", "-l")
                    .contains("orgdb — KG Explorer"));
            RunningApp.waitUntil("the database's sources show", () -> app.fxQuietly(() ->
                    ((ListView<?>) app.stage.getScene().lookup("#sources-list")).getItems().size() == 3));
            app.screenshot("database-open");
            assertEquals(List.of(Path.of(args[0])), app.fx(() -> ((org.kgexplorer.ui.main.MainWindow) app.stage.getScene()
                    .getRoot()).actions().recentDatabases()));
        }
    }
}
