package org.kgexplorer.ui.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.concurrent.Task;

import org.apache.jena.query.ResultSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.kgexplorer.core.export.LabelColumns;
import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.core.export.ResultProvenance;
import org.kgexplorer.core.export.ResultWriter;
import org.kgexplorer.core.export.SafeFileWriter;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.query.table.RowFilter;
import org.kgexplorer.core.query.table.RowOrder;
import org.kgexplorer.core.query.table.RowView;
import org.kgexplorer.core.query.table.SortColumn;
import org.kgexplorer.core.query.table.TableRows;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * Writes an answer to a file in the background, atomically (a failed or cancelled save leaves no file), and says
 * how many rows it wrote. A table held whole in memory is written from memory in the order shown (sorted as on
 * screen), every row or only those the filter keeps; a table cut at the row limit, or a streamed answer with rows
 * still on the server, is written by running its query again and streaming every row to the file, in the query's
 * order (see ADR 8 and 42).
 */
final class SaveTask extends Task<Integer> {
    private final KnowledgeStore store;
    private final ResultsAnswer answer;
    private final boolean partial;
    private final Path target;
    private final ResultFormat format;
    private final boolean labels;
    private final long timeoutMillis;
    private final LabelMode mode;
    private final List<SortColumn> sort;
    private final RowFilter keep;
    private final Locale collation;
    private final Cancellation cancellation = new Cancellation();
    private int written;
    private boolean provenance;

    /**
     * @param partial the answer is a streamed one with more rows on the server than the table holds
     * @param sort the table's order on screen (empty: the query's)
     * @param keep the rows to write ({@link RowFilter#NONE}: all of them)
     */
    SaveTask(KnowledgeStore store, ResultsAnswer answer, boolean partial, Path target, ResultFormat format, boolean labels,
             long timeoutMillis, LabelMode mode, List<SortColumn> sort, RowFilter keep, Locale collation, String title) {
        this.store = store;
        this.answer = answer;
        this.partial = partial;
        this.target = target;
        this.format = format;
        this.labels = labels;
        this.timeoutMillis = timeoutMillis;
        this.mode = mode;
        this.sort = List.copyOf(sort);
        this.keep = keep;
        this.collation = collation;
        updateTitle(title);
        updateMessage(target.toString());
    }

    /** Also write the reproducibility block beside the file (ResultProvenance), once the file is written. */
    void setProvenance(boolean provenance) {
        this.provenance = provenance;
    }

    @Override
    protected Integer call() throws Exception {
        // the sources' checksums first (they may read large files): a cancel meanwhile leaves no file at all
        // (the window runs its queries without inference: QueryTask)
        ResultProvenance sources = provenance ? ResultProvenance.of(store, answer.query(), false, 0) : null;
        cancellation.throwIfCancelled();
        SafeFileWriter.write(target, out -> {
            if (answer.kind() == ResultsAnswer.Kind.ASK) {
                ResultWriter.ask(answer.yes(), format, out);
            } else if (!answer.table().truncated() && !partial) {
                write(out);
            } else {
                rerun(out);
            }
        });
        int rows = answer.kind() == ResultsAnswer.Kind.ASK ? 1 : written;
        if (sources != null) {
            new ResultProvenance(sources.query(), sources.sources(), sources.rdfs(), sources.created(), rows)
                    .writeBesides(target);
        }
        return rows;
    }

    private void write(OutputStream out) throws IOException {
        ResultTable table = answer.table();
        if (format.fitsTables()) {
            RowView order = sort.isEmpty() && RowFilter.NONE.equals(keep) ? null
                    : RowOrder.view(table, sort, keep, collation, cancellation);
            written = order == null ? table.rowCount() : order.size();
            ResultWriter.select(TableRows.asResultSet(table, order, labels), format, false, PrefixMapping.Standard, out,
                    cancellation);
        } else {
            written = table.rowCount();
            Graph graph = GraphFactory.createGraphMem();
            for (int r = 0; r < table.rowCount(); r++) {
                graph.add(table.node(r, 0), table.node(r, 1), table.node(r, 2));
            }
            ResultWriter.graph(ModelFactory.createModelForGraph(graph), format, out);
        }
    }

    private void rerun(OutputStream out) throws Exception {
        new QueryRunner(store).run(answer.query(), new QueryOptions(timeoutMillis, false, false), cancellation,
                new QueryResultHandler() {
                    @Override
                    public void select(ResultSet rows) throws IOException {
                        ResultSet shown = !labels ? rows : store.answersStream()
                                ? LabelColumns.add(withNames(rows, names), new LabelResolver(names, mode.languages()))
                                : store.readGraph(all -> LabelColumns.add(rows, new LabelResolver(all, mode.languages())));
                        ResultWriter.select(shown, format, false, PrefixMapping.Standard, out, cancellation);
                        written = rows.getRowNumber();
                    }

                    @Override
                    public void ask(boolean yes) throws IOException {
                        ResultWriter.ask(yes, format, out);
                    }

                    @Override
                    public void graph(Model graph) throws IOException {
                        written = (int) Math.min(Integer.MAX_VALUE, graph.size());
                        if (format.fitsGraphs()) {
                            ResultWriter.graph(graph, format, out);
                        } else {
                            var all = ResultTables.fromGraph(graph.getGraph(), Integer.MAX_VALUE, cancellation);
                            ResultWriter.select(TableRows.asResultSet(org.kgexplorer.core.query.table.ResultTables.labelled(store, all, mode, cancellation),
                                    labels), format, false, PrefixMapping.Standard, out, cancellation);
                        }
                    }
                });
    }

    /** The names of the resources of a streamed answer's rows, fetched a chunk of rows at a time. */
    private final Graph names = GraphFactory.createGraphMem();

    /**
     * The rows of an endpoint's answer, passed on a chunk at a time after the names of the chunk's resources were
     * fetched into {@link #names} (a few requests per chunk, not one per resource and naming property).
     */
    private ResultSet withNames(ResultSet rows, Graph into) {
        java.util.Set<org.apache.jena.graph.Node> seen = new java.util.HashSet<>();
        java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> chunked = new java.util.Iterator<>() {
            private java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (!chunk.hasNext() && rows.hasNext()) {
                    List<org.apache.jena.sparql.engine.binding.Binding> read = new java.util.ArrayList<>();
                    java.util.Set<org.apache.jena.graph.Node> fresh = new java.util.LinkedHashSet<>();
                    while (read.size() < NAMES_CHUNK && rows.hasNext()) {
                        org.apache.jena.sparql.engine.binding.Binding b = rows.nextBinding();
                        read.add(b);
                        b.forEach((v, n) -> {
                            if (n.isURI() && seen.add(n)) {
                                fresh.add(n);
                            }
                        });
                    }
                    cancellation.throwIfCancelled();
                    if (!fresh.isEmpty()) {
                        store.readLabels(fresh, found -> {
                            found.find().forEachRemaining(into::add);
                            return null;
                        });
                    }
                    chunk = read.iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public org.apache.jena.sparql.engine.binding.Binding next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return chunk.next();
            }
        };
        return org.apache.jena.sparql.engine.ResultSetStream.create(
                org.apache.jena.sparql.core.Var.varList(rows.getResultVars()), chunked);
    }

    /** Rows of an endpoint's answer whose names are fetched together when saving with label columns. */
    private static final int NAMES_CHUNK = 1_000;

    @Override
    protected void cancelled() {
        cancellation.cancel();
    }
}
