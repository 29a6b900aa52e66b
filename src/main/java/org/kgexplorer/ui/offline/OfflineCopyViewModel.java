package org.kgexplorer.ui.offline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.concurrent.CancellationException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.store.NewDatabase;
import org.kgexplorer.core.store.OfflineCopy;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * "Copy to local…" (ADR 42): takes the triples of a CONSTRUCT or DESCRIBE answer, or of what a graph view shows, from
 * the endpoint the window explores into a local store (a new one in memory, or a TDB2 database), as a named graph
 * with its provenance ({@link OfflineCopy}); the window then works on that store. In a background task with
 * progress and cancel; a failed or cancelled copy changes nothing (a new database it made is removed again).
 */
public final class OfflineCopyViewModel {
    /** The bundle of the copy's texts. */
    public static final String BUNDLE = "org.kgexplorer.ui.offline.messages";

    /** Where a copy goes. */
    public enum Target { MEMORY, DATABASE }

    /**
     * What the user chose in the dialog.
     *
     * @param name   the copy's name (its graph's IRI is made from it and the time)
     * @param target a new store in memory, or a database
     * @param folder the database's folder (an existing TDB2 database, or a missing or empty folder for a new one)
     */
    public record Request(String name, Target target, Path folder) {
    }

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(this, "copying");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding remote;

    public OfflineCopyViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts(BUNDLE);
        // the store changes with the data version (File → Open database, Connect, a copy)
        this.remote = Bindings.createBooleanBinding(() -> context.store() instanceof RemoteStore,
                context.dataVersionProperty());
    }

    I18n.Texts texts() {
        return texts;
    }

    public ExplorerContext context() {
        return context;
    }

    /** Whether the window explores an endpoint (what a copy takes offline). */
    public BooleanBinding remoteProperty() {
        return remote;
    }

    /** Whether a copy is being made. */
    public ReadOnlyBooleanProperty copyingProperty() {
        return copying.getReadOnlyProperty();
    }

    /** What the last copy made, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the last copy failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The name the dialog proposes: the endpoint's host and the day. */
    public String proposedName() {
        String host = context.store() instanceof RemoteStore r ? r.endpoint().url().getHost() : "";
        return texts.get("copy.defaultName", host,
                DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atZone(ZoneId.systemDefault())));
    }

    /**
     * Copies the triples of a CONSTRUCT or DESCRIBE answer: those the table holds, or (when it was cut at the row
     * limit) the answer of its query asked again.
     */
    public Task<KnowledgeStore> copyAnswer(ResultTable triples, String query, Request request) {
        return copy(request, query, cancellation -> {
            if (!triples.truncated()) {
                Graph graph = GraphFactory.createGraphMem();
                for (int r = 0; r < triples.rowCount(); r++) {
                    graph.add(triples.node(r, 0), triples.node(r, 1), triples.node(r, 2));
                }
                return graph;
            }
            return construct(query, cancellation);
        });
    }

    /**
     * Copies what a graph view shows: its relationships and the types and names of its entities, asked of the
     * endpoint with one CONSTRUCT ({@link OfflineCopy#graphQuery}), which the provenance keeps.
     */
    public Task<KnowledgeStore> copyGraph(Collection<Triple> edges, Collection<Node> entities, Request request) {
        String query = OfflineCopy.graphQuery(edges, entities);
        return copy(request, query, cancellation -> construct(query, cancellation));
    }

    /** The triples to copy, read in the background. */
    @FunctionalInterface
    private interface Source {
        Graph read(Cancellation cancellation) throws Exception;
    }

    private Graph construct(String query, Cancellation cancellation) throws Exception {
        Graph[] answer = new Graph[1];
        new QueryRunner(context.store()).run(query, new QueryOptions(0, false, false), cancellation,
                new QueryResultHandler() {
                    @Override
                    public void select(org.apache.jena.query.ResultSet rows) {
                        throw new IllegalArgumentException("not a CONSTRUCT or DESCRIBE query");
                    }

                    @Override
                    public void ask(boolean yes) {
                        throw new IllegalArgumentException("not a CONSTRUCT or DESCRIBE query");
                    }

                    @Override
                    public void graph(org.apache.jena.rdf.model.Model graph) {
                        answer[0] = graph.getGraph();
                    }
                });
        return answer[0];
    }

    private Task<KnowledgeStore> copy(Request request, String query, Source source) {
        if (!(context.store() instanceof RemoteStore remote)) {
            error.set(texts.get("copy.notRemote"));
            return null;
        }
        Instant time = Instant.now();
        String name = request.name().strip();
        Cancellation cancellation = new Cancellation();
        Task<KnowledgeStore> task = new Task<>() {
            private long copied;

            {
                updateTitle(texts.get("copy.task", name));
            }

            @Override
            protected KnowledgeStore call() throws Exception {
                updateMessage(texts.get("copy.reading"));
                Graph triples = source.read(cancellation);
                cancellation.throwIfCancelled();
                updateMessage(texts.get("copy.writing", triples.size()));
                boolean fresh = request.target() == Target.DATABASE && NewDatabase.isNew(request.folder());
                KnowledgeStore target = open(request);
                boolean made = false;
                try {
                    OfflineCopy.copy(target, name, triples, new OfflineCopy.Origin(remote.endpoint().url(), query, time),
                            (done, total, message) -> updateProgress(done, total), cancellation);
                    made = true;
                    copied = triples.size();
                    return target;
                } finally {
                    if (!made) {
                        discard(target, fresh ? request.folder() : null);
                    }
                }
            }

            @Override
            protected void succeeded() {
                notice.set(texts.get("copy.done", copied, name));
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }

            /** Never interrupts: an interrupt closes TDB2's file channels under it; the work stops at its next check. */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancellation.cancel();
                return super.cancel(false);
            }
        };
        task.setOnSucceeded(e -> {
            copying.set(false);
            // through the common store switch (the sources panel's): the title, the sources, the recent databases follow
            context.adopt(task.getValue(), name, request.target() == Target.DATABASE
                    ? request.folder().toAbsolutePath().normalize() : null);
        });
        task.setOnFailed(e -> {
            copying.set(false);
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                notice.set(texts.get("copy.cancelled"));
            } else {
                error.set(texts.get("copy.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
                context.tasks().reportFailure(task);
            }
        });
        task.setOnCancelled(e -> {
            copying.set(false);
            notice.set(texts.get("copy.cancelled"));
        });
        error.set("");
        notice.set("");
        copying.set(true);
        return context.tasks().submitDataWork(task);
    }

    private static KnowledgeStore open(Request request) throws DataLoadException {
        if (request.target() == Target.MEMORY) {
            return new InMemoryStore(org.kgexplorer.ui.task.TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors()) > 1);
        }
        try {
            return TdbStore.open(request.folder(), true);
        } catch (TdbStore.Unavailable e) {
            throw new DataLoadException(request.folder().toString(), e.getMessage());
        }
    }

    /**
     * A database the copy failed to fill is closed; one it made anew ({@code madeIn} not null) is removed again, one
     * that was there keeps what it had (the load is atomic).
     */
    private static void discard(KnowledgeStore target, Path madeIn) {
        if (target instanceof TdbStore db) {
            db.close();
        }
        if (madeIn != null) {
            NewDatabase.removeNew(madeIn);
        }
    }
}
