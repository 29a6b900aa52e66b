package org.kgexplorer.app;

import javafx.beans.value.ChangeListener;

import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.data.EntitySearchField;
import org.kgexplorer.ui.data.EntitySearchViewModel;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the window's {@code --question} and {@code --entity} once the data named at start is loaded: the
 * bundled graph, then the user's files as a load of their own (or that load failed), so a question is answered
 * over all of it.
 */
final class StartupRequests {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRequests.class);

    private StartupRequests() {
    }

    /**
     * @param loads how many loads the start makes: 1 for the bundled graph, 2 when RDF files are named too
     */
    static void apply(WindowArguments args, int loads, ExplorerContext context, SourcesViewModel sources,
                      QueryWorkspaceViewModel queries, EntitySearchViewModel search, EntitySearchField searchField) {
        if (args.question().isEmpty() && args.entity().isEmpty()) {
            return;
        }
        Runnable act = () -> {
            args.question().ifPresent(queries::runQuestionTitled);
            args.entity().ifPresent(entity -> search.openWhenIndexed(entity, text -> {
                LOG.warn("--entity: no entity has the IRI or the name \"{}\"", text);
                searchField.setText(text);
            }));
        };
        boolean[] done = new boolean[1];
        ChangeListener<Object> ready = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> obs, Object old, Object now) {
                boolean loaded = context.dataVersionProperty().get() >= loads;
                if (!done[0] && (loaded || !sources.errorProperty().get().isEmpty())) {
                    done[0] = true;
                    context.dataVersionProperty().removeListener(this);
                    sources.errorProperty().removeListener(this);
                    act.run();
                }
            }
        };
        context.dataVersionProperty().addListener(ready);
        sources.errorProperty().addListener(ready);
    }
}
