package org.kgexplorer.ui.details;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.data.ClassTreeView;
import org.kgexplorer.ui.data.ClassTreeViewModel;
import org.kgexplorer.ui.data.EntitySearchField;
import org.kgexplorer.ui.data.EntitySearchViewModel;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/** A window like the explorer's: the search box and class tree on the left, the details panel on the right. */
public final class ExplorerFixture {
    public final ExplorerContext context;
    public final EntitySearchViewModel search;
    public final ClassTreeViewModel classes;
    public final DetailsViewModel details;
    public final EntitySearchField searchField;
    public final ClassTreeView classTree;
    public final DetailsView detailsView;
    public final SplitPane root;

    public ExplorerFixture(Stage stage, KnowledgeStore store) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        search = new EntitySearchViewModel(context);
        classes = new ClassTreeViewModel(context);
        details = new DetailsViewModel(context);
        searchField = new EntitySearchField(search);
        classTree = new ClassTreeView(classes);
        detailsView = new DetailsView(details);
        VBox left = new VBox(8, searchField, classTree);
        left.setPadding(new Insets(8));
        VBox.setVgrow(classTree, Priority.ALWAYS);
        root = new SplitPane(left, detailsView);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.32);
        stage.setScene(new Scene(root, 1280, 860));
        stage.show();
    }

    /** Waits (up to 30 s) for background work, then for the JavaFX thread to catch up. */
    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
