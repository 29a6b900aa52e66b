package org.kgexplorer.app;

import org.kgexplorer.core.graph.EdgeInfo;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.details.DetailsViewModel;
import org.kgexplorer.ui.graph.GraphScene;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.GraphViewModel;
import org.kgexplorer.ui.main.MainWindow;
import org.kgexplorer.ui.results.ResultsAnswer;
import org.kgexplorer.ui.results.ResultsViewModel;

/**
 * Ties the relationship graph to the rest of the window: an entity opened anywhere shows in the graph with its
 * neighbours (at once when the graph is in front, else when it comes to the front); a CONSTRUCT or DESCRIBE
 * answer, or any answer on "As graph", is drawn; selecting a node shows its details, selecting an edge shows the
 * relationship's evidence; result rows and graph elements highlight each other.
 */
final class GraphWiring {
    private final ExplorerContext context;
    private final MainWindow window;
    private final ResultsViewModel results;
    private final DetailsViewModel details;
    private final GraphView view;
    /** The answer the graph was drawn from (rows only match while the results still show it). */
    private ResultsAnswer drawn;
    /** An entity opened while the graph was behind the query workspace. */
    private String pending;
    /** True while this class itself is changing a selection, so the change is not echoed back. */
    private boolean echoing;
    /** True while the graph lights what a teaching window names (then turning the light off clears the highlight). */
    private boolean lighting;

    GraphWiring(ExplorerContext context, MainWindow window, ResultsViewModel results, DetailsViewModel details) {
        this.context = context;
        this.window = window;
        this.results = results;
        this.details = details;
        this.view = new GraphView(new GraphViewModel(context));
        view.sideFollowsWindowWidth();
        window.setGraph(view);
        wireEntities();
        wireAnswers();
        wireRows();
        wireLights();
    }

    GraphView view() {
        return view;
    }

    /** The query of the answer the graph was drawn from, or null when it was drawn from none. */
    String drawnQuery() {
        return drawn == null ? null : drawn.query();
    }

    /** The entity kept for when the graph comes to the front, or null. */
    String pendingEntity() {
        return pending;
    }

    private void wireEntities() {
        context.selectedEntityProperty().addListener((obs, old, iri) -> {
            if (echoing || iri == null) {
                return;
            }
            if (window.graphShown() || view.model().sceneProperty().get().nodeCount() == 0) {
                pending = null;
                view.openEntity(iri);
            } else {
                pending = iri;
            }
        });
        window.graphShownProperty().addListener((obs, was, shown) -> {
            if (shown && pending != null) {
                String iri = pending;
                pending = null;
                view.openEntity(iri);
            }
        });
        view.model().trace().selectedEdgeProperty().addListener((obs, old, edgeId) -> {
            EdgeInfo edge = edgeId == null ? null : view.model().graph().state().edges().get(edgeId);
            if (edge != null) {
                echo(() -> details.showRelationship(edge.source(), edge.predicate(), edge.target()));
            }
        });
    }

    private void wireAnswers() {
        results.onShowAsGraphProperty().set(this::draw);
        results.answerProperty().addListener((obs, old, answer) -> {
            if (answer.kind() == ResultsAnswer.Kind.GRAPH) {
                draw(answer);
            }
        });
    }

    private void draw(ResultsAnswer answer) {
        drawn = answer;
        pending = null;
        view.showAnswer(answer);
        window.showGraph();
    }

    private void wireRows() {
        results.selectedRowsProperty().addListener((obs, old, rows) -> {
            if (!echoing && showsDrawnAnswer()) {
                echo(() -> view.model().trace().highlightRows(rows));
            }
        });
        view.model().trace().selectedRowsProperty().addListener((obs, old, rows) -> {
            // Only a selection made in the graph moves the table's; one made in the table stays as the user made it.
            if (!echoing && view.isFocusWithin() && showsDrawnAnswer() && rows.length > 0) {
                echo(() -> results.selectRows(rows));
            }
        });
    }

    /**
     * Lights the entities a teaching window names (the step-through's current step, ADR 47) among the nodes the graph
     * shows, again as the graph changes; when none is shown nothing is dimmed, and when the window lets go the light
     * goes out.
     */
    private void wireLights() {
        context.litEntitiesProperty().addListener((obs, old, now) -> light());
        view.model().sceneProperty().addListener((obs, old, now) -> {
            if (!context.litEntitiesProperty().get().isEmpty()) {
                light();
            }
        });
    }

    private void light() {
        java.util.Set<String> wanted = context.litEntitiesProperty().get();
        GraphScene scene = view.model().sceneProperty().get();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (String iri : wanted) {
            if (scene.indexOfNode(iri) >= 0) {
                shown.add(iri);
            }
        }
        if (!shown.equals(view.model().trace().highlightedProperty().get()) && (!shown.isEmpty() || lighting)) {
            view.model().trace().highlight(shown);
        }
        lighting = !shown.isEmpty();
    }

    /** Whether the results still show the answer the graph was drawn from (relabelled or re-sorted is the same). */
    private boolean showsDrawnAnswer() {
        ResultsAnswer shown = results.answerProperty().get();
        return drawn != null && shown.hasTable() && drawn.hasTable() && shown.table().sharesValuesWith(drawn.table());
    }

    private void echo(Runnable change) {
        echoing = true;
        try {
            change.run();
        } finally {
            echoing = false;
        }
    }
}
