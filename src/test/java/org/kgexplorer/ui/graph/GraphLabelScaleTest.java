package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.render.PlacedLabels;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph's labels follow the interface's scale (View → Zoom), as the rest of the window's text does. */
@ExtendWith(ApplicationExtension.class)
class GraphLabelScaleTest {
    private ExplorerContext context;
    private GraphView view;

    @Start
    void start(Stage stage) {
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        view = new GraphView(new GraphViewModel(context));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @Test
    void labelsAreDrawnLargerWhenTheInterfaceIsZoomed(FxRobot robot) throws Exception {
        robot.interact(() -> view.openEntity(GraphViewTest.ALPHA));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> largestLabel() > 0);
        assertTrue(largestLabel() <= 13, "at 100 % no label is drawn above 13 px: " + largestLabel());
        robot.interact(() -> context.scale().factorProperty().set(2.0));
        // the next frames are planned at twice the size: the selected entity's label at 24 px or more
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> largestLabel() >= 24);
        robot.interact(() -> context.scale().reset());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> largestLabel() > 0 && largestLabel() <= 13);
    }

    /** The largest font of the node labels in the last frame drawn (0 when none is). */
    private int largestLabel() throws Exception {
        int[] largest = new int[1];
        WaitForAsyncUtils.asyncFx(() -> {
            var frame = view.canvas().lastFrame();
            PlacedLabels labels = frame == null ? null : frame.nodeLabels();
            for (int i = 0; labels != null && i < labels.count(); i++) {
                largest[0] = Math.max(largest[0], labels.fontSize(i));
            }
        }).get();
        return largest[0];
    }
}
