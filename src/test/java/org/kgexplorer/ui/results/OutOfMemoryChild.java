package org.kgexplorer.ui.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.store.RdfInputs;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * Run by {@link ResultsOutOfMemoryTest} in a JVM of its own with a small heap, so that running out of memory
 * endangers nothing else: writes 3,000 triples to the file named by its argument and loads them into the real store, runs a query whose sorted answer outgrows the
 * heap through the window's results model, then a query that fits, and reports each outcome on a line of stdout.
 */
public final class OutOfMemoryChild {
    /** Every pair of the 3,000 triples, sorted: nine million rows held at once. */
    static final String TOO_BIG = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private OutOfMemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            nt.append("<http://ex.org/s").append(i).append("> <http://ex.org/p> \"value ").append(i).append("\" .\n");
        }
        Files.writeString(data, nt);
        InMemoryStore store = new InMemoryStore();
        store.load(RdfInputs.of(List.of(data)), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
        Platform.startup(() -> { });
        ExplorerContext context = new ExplorerContext(store, new TaskRunner(), new I18n());
        ResultsViewModel model = onFx(() -> new ResultsViewModel(context)).get(1, TimeUnit.MINUTES);
        System.out.println("big: " + run(model, TOO_BIG));
        System.out.println("then: " + run(model, COUNT));
        ResultsAnswer answer = onFx(() -> model.answerProperty().get()).get(1, TimeUnit.MINUTES);
        System.out.println("count: " + (answer.hasTable() ? answer.table().node(0, 0).getLiteralLexicalForm() : answer.kind()));
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    /** Runs the query as the window does and waits until it has ended: its error line, or "ok". */
    private static String run(ResultsViewModel model, String sparql) throws Exception {
        CompletableFuture<String> ended = new CompletableFuture<>();
        ChangeListener<Boolean> whenIdle = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                if (!busy) {
                    obs.removeListener(this);
                    // the task's handler marks the run ended before it shows the failure: read after it
                    Platform.runLater(() -> {
                        String error = model.errorProperty().get();
                        QueryProblem problem = model.lastProblemProperty().get();
                        ended.complete(error.isEmpty() ? "ok" : error + (problem == null ? "" : " [" + problem.kind() + "]"));
                    });
                }
            }
        };
        Platform.runLater(() -> {
            model.busyProperty().addListener(whenIdle);
            model.run(sparql);
        });
        return ended.get(5, TimeUnit.MINUTES);
    }

    private static <T> CompletableFuture<T> onFx(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(work.get()));
        return result;
    }
}
