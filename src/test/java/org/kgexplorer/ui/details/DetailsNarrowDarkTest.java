package org.kgexplorer.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.core.explore.Fact;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The details panel as the window's right column: narrow, in the dark theme, with both label languages. */
@ExtendWith(ApplicationExtension.class)
class DetailsNarrowDarkTest {
    ExplorerContext context;
    DetailsViewModel model;
    DetailsView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        context = new ExplorerContext(Fixtures.bundled(), new TaskRunner(), new I18n());
        context.labelModeProperty().set(LabelMode.BOTH);
        model = new DetailsViewModel(context);
        view = new DetailsView(model);
        stage.setScene(new Scene(view, 440, 860));
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        Application.setUserAgentStylesheet(null);
    }

    @Test
    void aLongNameInANarrowColumnWrapsBetweenWordsNeverInsideOne(FxRobot robot) throws Exception {
        robot.interact(() -> {
            // a 230-pixel column inside the window (the window itself is TestFX's primary stage, which later tests
            // are shown in: sizing it by hand would keep it at that size for them)
            inAColumn(230);
            context.labelModeProperty().set(LabelMode.SPANISH);
            context.selectedEntityProperty().set(Fixtures.KG + "DHS");
        });
        assertTheHeadingWrapsBetweenWords(robot);
    }

    @Test
    void aHeadingMadeSmallerAtALargeZoomTakesItsSizeAgainWhenTheZoomComesBack(FxRobot robot) throws Exception {
        // seen on the desktop: after a presentation at a projector's zoom, the heading kept that size at 100 %
        robot.interact(() -> {
            inAColumn(230).styleProperty().bind(context.scale().fontStyle());
            context.labelModeProperty().set(LabelMode.SPANISH);
            context.selectedEntityProperty().set(Fixtures.KG + "DHS");
        });
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#details-title").queryAs(Label.class);
        double atActualSize = title.getFont().getSize();
        robot.interact(() -> context.scale().factorProperty().set(2.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!title.getStyle().isEmpty(), "at 250 % \"Departamento\" is too wide for 230 px: the heading is made smaller");
        assertTrue(title.getFont().getSize() > atActualSize, "and is still larger than at 100 %");
        robot.interact(() -> context.scale().factorProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atActualSize, title.getFont().getSize(), 0.01, "back at 100 %, the heading has its 100 % size");
    }

    @Test
    void theDetailsTakeTheirShareBackOnceNoFactsEvidenceIsShown(FxRobot robot) throws Exception {
        // seen on the desktop at 1280x720: after a fact's evidence, the next entity showed its types and names above
        // an evidence pane holding only its placeholder
        // (TestFX's primary stage, which later tests are shown in: its height is put back at the end)
        double height = view.getScene().getWindow().getHeight();
        robot.interact(() -> {
            view.getScene().getWindow().setHeight(520);
            context.selectedEntityProperty().set(Fixtures.KG + "JointTaskForceAlpha");
        });
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null);
        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").match(n -> n.getParent() == view
                || n.getParent() != null && n.getParent().getParent() == view).queryAs(javafx.scene.control.SplitPane.class);
        double before = split.getDividerPositions()[0];
        Button marker = robot.lookup("." + FactControls.MARKER).match((Button b) -> b.getUserData() instanceof Fact f
                && f.predicate().key().equals(Fixtures.KGX + "worksWith")).queryButton();
        robot.interact(marker::fire);
        ExplorerFixture.waitFor(() -> model.passageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(split.getDividerPositions()[0] < before - 0.05, "the evidence is given room: " + split.getDividerPositions()[0]);
        robot.interact(() -> context.selectedEntityProperty().set(Fixtures.KG + "DHS"));
        ExplorerFixture.waitFor(() -> model.selectedFactProperty().get() == null && model.detailsProperty().get() != null
                && model.detailsProperty().get().entity().key().endsWith("DHS"));
        WaitForAsyncUtils.waitForFxEvents();
        double after = split.getDividerPositions()[0];
        robot.interact(() -> view.getScene().getWindow().setHeight(height));
        assertTrue(after >= 0.57, "the details have their share (58 %) again: " + after);
    }

    /** Puts the view in a column of {@code width} pixels, the scene's new root (on the JavaFX thread); the column. */
    private javafx.scene.layout.HBox inAColumn(double width) {
        javafx.scene.layout.HBox column = new javafx.scene.layout.HBox();
        view.getScene().setRoot(column);
        column.getChildren().add(view);
        view.setMinWidth(width);
        view.setPrefWidth(width);
        view.setMaxWidth(width);
        return column;
    }

    private void assertTheHeadingWrapsBetweenWords(FxRobot robot) throws Exception {
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null);
        Label title = robot.lookup("#details-title").queryAs(Label.class);
        assertEquals("Departamento de Seguridad Nacional de los Estados Unidos", title.getText());
        javafx.scene.text.Text word = new javafx.scene.text.Text("Departamento");
        word.setFont(title.getFont());
        double room = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
        assertTrue(room >= word.getLayoutBounds().getWidth(),
                "room for the longest word, " + room + " px for " + word.getLayoutBounds().getWidth());
        assertTrue(title.getHeight() > 2 * title.getFont().getSize(), "and the name wraps onto more lines");
        assertTrue(title.getLayoutX() + title.getWidth() <= title.getParent().getLayoutBounds().getWidth() + 1,
                "the heading stays inside the panel");
    }

    @Test
    void theNamesColumnShowsEachLanguagesWholeHeadingInSpanishInTheWindowsColumn(FxRobot robot) throws Exception {
        // seen on the desktop at 1440x900 in Spanish: "También llamado" read "También lla…" in a 290-pixel panel
        robot.interact(() -> {
            inAColumn(290);
            context.selectedEntityProperty().set(Fixtures.KG + "JointTaskForceAlpha");
        });
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null
                && !robot.lookup("#details-names .label").queryAll().isEmpty());
        double english = robot.lookup("#details-names").queryAs(javafx.scene.layout.GridPane.class).minWidth(-1);
        robot.interact(() -> context.i18n().localeProperty().set(java.util.Locale.forLanguageTag("es")));
        ExplorerFixture.waitFor(() -> !robot.lookup("#details-names .label").match(
                (Label l) -> l.getText().equals("También llamado")).queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#details-names").queryAs(javafx.scene.layout.GridPane.class).minWidth(-1) <= english,
                "Spanish headings do not make the panel wider (at 1024x700 that pushed it off the window)");
        java.util.Set<Label> headings = robot.lookup("#details-names .text-muted").queryAllAs(Label.class);
        assertTrue(headings.stream().anyMatch(l -> l.getText().equals("También llamado")), "the Spanish heading is shown");
        for (Label heading : headings) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) heading.lookup(".text");
            assertEquals(heading.getText(), drawn.getText(), "the heading is drawn whole");
        }
    }

    @Test
    void bothLabelModeShowsEnglishAndSpanishSideBySideInANarrowColumn(FxRobot robot) throws Exception {
        robot.interact(() -> context.selectedEntityProperty().set(Fixtures.KG + "JointTaskForceAlpha"));
        ExplorerFixture.waitFor(() -> model.detailsProperty().get() != null);
        assertEquals("Joint Task Force Alpha / Fuerza de Tarea Conjunta Alfa",
                robot.lookup("#details-title").queryAs(Label.class).getText());
        Button marker = robot.lookup("." + FactControls.MARKER).match((Button b) -> b.getUserData() instanceof Fact f
                && f.predicate().key().equals(Fixtures.KGX + "worksWith")).queryButton();
        robot.interact(marker::fire);
        ExplorerFixture.waitFor(() -> model.passageProperty().get() != null);
        ScrollPane scroll = robot.lookup("#details-scroll").queryAs(ScrollPane.class);
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = scroll.getContent().getBoundsInLocal().getWidth();
            widths[1] = scroll.getViewportBounds().getWidth();
        });
        assertTrue(widths[0] <= widths[1] + 1,
                "the details wrap to the column instead of scrolling sideways");
        robot.interact(() -> Snapshots.save(view, "details-narrow-dark-both"));
    }
}
