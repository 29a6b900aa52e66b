package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answer below the query workspace in a 1280x720 window (openbox gives it 1280x697): the library's room had left
 * it one row, half under the scroll bar, and a syntax error's banner then drew the row count over that row. An
 * answer that arrives is given the room for its first five rows, as far as the workspace's least height allows; a
 * banner above it pushes nothing over the rest; a query that fails leaves its message alone, not above the answer of
 * the query before (perhaps another tab's).
 */
class AnswerRoomTest extends RealWindowTest {
    private static final String QUESTION = "Who takes part in Joint Task Force Alpha?";

    @Test
    void anAnswerThatArrivesIsGivenRoomForItsFirstRowsAndABannerAboveItCoversNone() throws Exception {
        start("--question", QUESTION);
        waitFor(() -> !robot.lookup(".table-row-cell").queryAll().isEmpty());
        Stage stage = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(697);
        });
        // the new height gives the library its room: the answer is left a row or two, as seen on the desktop
        waitFor(() -> onFx(() -> rowsShownWhole()) <= 2);

        // run again: the answer takes what the workspace can give down to its least, four rows here (five wanted)
        robot.clickOn("#run-query");
        waitFor(() -> onFx(() -> rowsShownWhole()) >= 4);

        StyleClassedTextArea editor = robot.lookup("#sparql-editor").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> editor.replaceText("SELECT ?s WHERE { ?s ?p ?o . FILTER(?o = ) } LIMT 10"));
        robot.clickOn("#run-query");
        Label banner = robot.lookup("#results-error").queryAs(Label.class);
        waitFor(() -> onFx(() -> !banner.getText().isEmpty() && banner.isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), onFx(AnswerRoomTest::overlaps), "nothing of the results is drawn over another");
        assertTrue(onFx(() -> !robot.lookup("#results-view .table-view").query().isVisible()
                && robot.lookup("#results-placeholder").query().isVisible()),
                "the earlier answer is not left under the message as if it were this query's");
    }

    /** The table's rows that show whole inside its viewport (above its horizontal scroll bar). */
    private int rowsShownWhole() {
        Node flow = robot.lookup("#results-view .virtual-flow").query();
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        double bottom = view.getMaxY();
        for (Node bar : flow.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar b && b.isVisible()
                    && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                bottom = Math.min(bottom, b.localToScene(b.getLayoutBounds()).getMinY());
            }
        }
        int whole = 0;
        for (Node row : flow.lookupAll(".table-row-cell")) {
            if (row.isVisible() && row instanceof IndexedCell<?> c && !c.isEmpty()) {
                Bounds at = row.localToScene(row.getLayoutBounds());
                if (at.getMinY() >= view.getMinY() - 1 && at.getMaxY() <= bottom + 1) {
                    whole++;
                }
            }
        }
        return whole;
    }

    /** The banner, the placeholder and the status line, each against the next: the pairs that overlap. */
    private static List<String> overlaps() {
        javafx.scene.Scene scene = javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#results-view") != null).findFirst().orElseThrow().getScene();
        List<String> ids = List.of("#results-error", "#results-placeholder", "#results-status");
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            Node a = scene.lookup(ids.get(i));
            Node b = scene.lookup(ids.get(i + 1));
            Bounds at = a.localToScene(a.getLayoutBounds());
            Bounds bt = b.localToScene(b.getLayoutBounds());
            if (a.isVisible() && b.isVisible() && at.getMaxY() > bt.getMinY() + 1) {
                found.add(ids.get(i) + " " + at + " reaches into " + ids.get(i + 1) + " " + bt);
            }
        }
        return found;
    }
}
