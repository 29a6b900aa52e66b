package org.kgexplorer.ui.offline;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Copy to local…" where a view offers it (the results of a CONSTRUCT or DESCRIBE answer, the graph view): asks
 * with {@link OfflineCopyDialog}, then copies in the background ({@link OfflineCopyViewModel}). Offered while the
 * window explores an endpoint.
 */
public final class OfflineCopyCommand {
    private final OfflineCopyViewModel model;
    private Function<OfflineCopyViewModel, Optional<OfflineCopyViewModel.Request>> ask = OfflineCopyDialog::ask;

    public OfflineCopyCommand(ExplorerContext context) {
        this.model = new OfflineCopyViewModel(context);
    }

    public OfflineCopyViewModel model() {
        return model;
    }

    /** What the dialog would answer (tests give an answer here); null: the dialog again. */
    public void setAsk(Function<OfflineCopyViewModel, Optional<OfflineCopyViewModel.Request>> answer) {
        this.ask = answer != null ? answer : OfflineCopyDialog::ask;
    }

    /** Asks, then copies the triples of a CONSTRUCT or DESCRIBE answer; null when the user cancels. */
    public Task<KnowledgeStore> copyAnswer(ResultTable triples, String query) {
        return ask.apply(model).map(r -> model.copyAnswer(triples, query, r)).orElse(null);
    }

    /** Asks, then copies what a graph view shows; null when the user cancels. */
    public Task<KnowledgeStore> copyGraph(Collection<Triple> edges, Collection<Node> entities) {
        return ask.apply(model).map(r -> model.copyGraph(edges, entities, r)).orElse(null);
    }

    /** A button for it, its words in the interface language, disabled while a copy runs. */
    public Button button(String id) {
        I18n.Texts texts = model.texts();
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text("action.copyLocal"));
        button.setGraphic(new FontIcon("mdal-cloud_download"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text("action.copyLocal.tip"));
        button.setTooltip(tip);
        return button;
    }

    /** A menu item for it, shown while the window explores an endpoint. */
    public MenuItem menuItem(String id) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(model.texts().text("action.copyLocal"));
        item.visibleProperty().bind(model.remoteProperty());
        item.disableProperty().bind(model.copyingProperty());
        return item;
    }
}
