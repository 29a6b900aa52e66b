package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.control.TabPane;

import org.junit.jupiter.api.Test;

/**
 * The menus as a new user meets them, with the mouse only: on first sight every item is enabled exactly when it
 * can act (issue 13, item 2), and each item clicked does its action; then the side panels hide and come back.
 */
class MenuDesktopIT {

    @Test
    void everyMenuItemIsRightOnFirstSightAndActsOnAClick() throws Exception {
        DesktopLayer.screen(1440, 900).named("menus").run(MenusFromTheMouse.class);
    }

    public static final class MenusFromTheMouse implements Scenario {
        /**
         * On first sight (data loaded, nothing asked yet, the query tab empty): true for enabled, false for greyed
         * out. Run and Copy need a query to act on, Save results an answer, Back and Forward a history.
         */
        private static final Map<String, Map<String, Boolean>> FIRST_SIGHT = Map.of(
                "menu.file", Map.of("menu.file.addFiles", true, "menu.file.addFolder", true, "menu.file.replace", true,
                        "menu.file.quit", true),
                "menu.edit", Map.of("menu.edit.copyQuery", false, "menu.edit.find", true),
                "menu.query", Map.of("menu.query.run", false, "menu.query.newTab", true, "menu.query.closeTab", true,
                        "menu.file.openQuery", true, "menu.file.saveQuery", true, "menu.file.saveQueryAs", true,
                        "menu.file.saveResults", false),
                "menu.go", Map.of("menu.go.back", false, "menu.go.forward", false, "menu.go.query", true,
                        "menu.go.graph", true, "menu.go.resultsAsGraph", false),
                "menu.help", Map.of("menu.help.tour", true, "menu.help.about", true));

        @Override
        public void run(RunningApp app, String... args) throws Exception {
            TourDesktopIT.Words words = TourDesktopIT.Words.of("en");
            List<String> wrong = new ArrayList<>();
            for (var menu : FIRST_SIGHT.entrySet()) {
                app.click(app.menuBarMenu(words.get("main", menu.getKey())));
                for (var item : menu.getValue().entrySet()) {
                    boolean enabled = !app.menuItemDisabled(words.get("main", item.getKey()));
                    if (enabled != item.getValue()) {
                        wrong.add(words.get("main", item.getKey()) + " is " + (enabled ? "enabled" : "greyed out"));
                    }
                }
                app.key("Escape");
            }
            app.clickMenu(words.get("main", "menu.view"), words.get("main", "menu.view.dataPanel"));
            RunningApp.waitUntil("View → Data panel hides the data panel", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#data-panel") == null));
            app.clickMenu(words.get("main", "menu.view"), words.get("main", "menu.view.dataPanel"));
            RunningApp.waitUntil("View → Data panel shows it again", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#data-panel") != null));
            app.key("ctrl+alt+b");
            RunningApp.waitUntil("Ctrl+Alt+B hides the details", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#details-area") == null));
            app.screenshot("details-hidden");
            app.key("ctrl+alt+b");
            RunningApp.waitUntil("Ctrl+Alt+B shows them again", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#details-area") != null));

            for (String[] dialog : new String[][] {{"menu.file", "menu.file.addFiles"}, {"menu.query", "menu.file.openQuery"},
                {"menu.help", "menu.help.tour"}, {"menu.help", "menu.help.about"}}) {
                app.clickMenu(words.get("main", dialog[0]), words.get("main", dialog[1]));
                app.awaitDialog();
                app.closeDialogWithEscape();
            }

            app.clickMenu(words.get("main", "menu.go"), words.get("main", "menu.go.graph"));
            RunningApp.waitUntil("Go → Relationship graph brings the graph to the front", () -> app.workAreaTab() == 1);
            app.clickMenu(words.get("main", "menu.go"), words.get("main", "menu.go.query"));
            RunningApp.waitUntil("Go → Query workspace brings the queries to the front", () -> app.workAreaTab() == 0);

            int tabs = queryTabs(app);
            app.clickMenu(words.get("main", "menu.query"), words.get("main", "menu.query.newTab"));
            RunningApp.waitUntil("Query → New query tab opens a tab", () -> queryTabs(app) == tabs + 1);
            app.clickMenu(words.get("main", "menu.query"), words.get("main", "menu.query.closeTab"));
            RunningApp.waitUntil("Query → Close query tab closes it", () -> queryTabs(app) == tabs);

            app.clickMenu(words.get("main", "menu.edit"), words.get("main", "menu.edit.find"));
            RunningApp.waitUntil("Edit → Find entity puts the cursor in the search box", () -> app.fxQuietly(() -> {
                javafx.scene.Node focus = app.stage.getScene().getFocusOwner();
                for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
                    if ("entity-search".equals(n.getId())) {
                        return true;
                    }
                }
                return false;
            }));

            app.clickMenu(words.get("main", "menu.view"), words.get("main", "menu.view.language"), words.get("main", "language.es"));
            TourDesktopIT.Words spanish = TourDesktopIT.Words.of("es");
            app.menuBarMenu(spanish.get("main", "menu.file"));
            app.screenshot("spanish-menus");
            assertEquals(spanish.get("main", "menu.help"), app.fx(() -> app.stage.getScene().getRoot()
                    .lookupAll(".menu-bar .menu").stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce((a, b) -> b)
                    .orElseThrow()));
            assertTrue(wrong.isEmpty(), "on first sight: " + String.join("; ", wrong));
        }

        private static int queryTabs(RunningApp app) {
            return app.fxQuietly(() -> ((TabPane) app.stage.getScene().lookup("#query-tabs")).getTabs().size());
        }
    }
}
