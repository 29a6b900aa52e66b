package org.kgexplorer.ui.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.FileChooser;

import org.kgexplorer.core.explain.ExplainedFact;
import org.kgexplorer.core.explain.Matrix;
import org.kgexplorer.core.explain.MatrixCsv;
import org.kgexplorer.core.explore.Term;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.BackgroundWork;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * The matrix's state: the classes to choose rows and columns from (read when the view is first shown and after the
 * data changes), the two chosen (actor × obligation when the data has them), the matrix read in the background
 * whenever either changes, the cell chosen and its facts with their evidence, and the CSV export. Choosing a cell
 * opens its row's entity in the details panel. Touched only on the JavaFX thread.
 */
public final class MatrixViewModel {
    private static final String KGX = "https://kgexplorer.org/ontology#";
    /** The classes chosen first when the data has them: who is bound by what. */
    static final String DEFAULT_ROWS = KGX + "Actor";
    static final String DEFAULT_COLUMNS = KGX + "Obligation";

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ObservableList<Term> classes = FXCollections.observableArrayList();
    private final ObjectProperty<Term> rowClass = new SimpleObjectProperty<>(this, "rowClass");
    private final ObjectProperty<Term> columnClass = new SimpleObjectProperty<>(this, "columnClass");
    private final ObjectProperty<Matrix.Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<Matrix.Cell> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ExplainedFact> facts = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanBinding canExport;
    private BackgroundWork<?> running;
    private boolean choosing;
    private final ReadWhenShown freshness;

    public MatrixViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts(ExplainTexts.BUNDLE);
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && result.get() != null
                && result.get().factCount() > 0, busy, result);
        freshness = new ReadWhenShown(context, this::reload);
        rowClass.addListener((obs, old, now) -> chosen());
        columnClass.addListener((obs, old, now) -> chosen());
        selected.addListener((obs, old, now) -> {
            facts.setAll(now == null ? List.of() : now.facts());
            if (now != null) {
                context.selectedEntityProperty().set(now.row().key());
            }
        });
        texts.language().addListener((obs, old, now) -> describe());
    }

    I18n.Texts texts() {
        return texts;
    }

    ExplorerContext context() {
        return context;
    }

    /** The view is in front (or not): it reads the classes the first time, and again when the data changed meanwhile. */
    public void setShown(boolean now) {
        freshness.setShown(now);
    }

    /** Reads the classes again, keeps the chosen ones that are still there, and reads the matrix. */
    public void reload() {
        freshness.reading();
        KnowledgeStore store = context.store();
        LabelMode mode = context.labelModeProperty().get();
        start(new BackgroundWork<>(texts.get("task.classes"), c -> Matrix.classes(store, mode, c)), found -> {
            choosing = true;
            try {
                Term rows = keep(found, rowClass.get(), DEFAULT_ROWS, 0);
                Term columns = keep(found, columnClass.get(), DEFAULT_COLUMNS, 1);
                classes.setAll(found);
                rowClass.set(rows);
                columnClass.set(columns);
            } finally {
                choosing = false;
            }
            read();
        });
    }

    private static Term keep(List<Term> found, Term chosen, String preferred, int fallback) {
        for (String key : new String[] {chosen == null ? null : chosen.key(), preferred}) {
            for (Term t : found) {
                if (t.key().equals(key)) {
                    return t;
                }
            }
        }
        return found.size() > fallback ? found.get(fallback) : found.isEmpty() ? null : found.get(0);
    }

    private void chosen() {
        if (!choosing) {
            read();
        }
    }

    /** Exchanges rows and columns. */
    public void swap() {
        choosing = true;
        try {
            Term rows = rowClass.get();
            rowClass.set(columnClass.get());
            columnClass.set(rows);
        } finally {
            choosing = false;
        }
        read();
    }

    /** Reads the matrix of the chosen classes in the background (a read still running is cancelled). */
    public void read() {
        Term rows = rowClass.get();
        Term columns = columnClass.get();
        if (rows == null || columns == null) {
            result.set(null);
            selected.set(null);
            describe();
            return;
        }
        KnowledgeStore store = context.store();
        LabelMode mode = context.labelModeProperty().get();
        start(new BackgroundWork<>(texts.get("task.matrix"), c -> Matrix.read(store, rows.key(), columns.key(), mode, c)),
                m -> {
                    selected.set(null);
                    result.set(m);
                    describe();
                });
    }

    private <T> void start(BackgroundWork<T> work, java.util.function.Consumer<T> done) {
        if (running != null) {
            running.cancel();
        }
        running = work;
        busy.set(true);
        status.set(texts.get("matrix.reading"));
        work.setOnSucceeded(e -> {
            if (running == work) {
                running = null;
                busy.set(false);
                done.accept(work.getValue());
            }
        });
        work.setOnFailed(e -> {
            if (running == work) {
                running = null;
                busy.set(false);
                freshness.unread();
                status.set(texts.get("matrix.failed", TaskRunner.reason(work.getException())));
            }
            context.tasks().reportFailure(work);
        });
        work.setOnCancelled(e -> {
            if (running == work) {
                running = null;
                busy.set(false);
                freshness.unread();
                status.set(texts.get("matrix.cancelled"));
            }
        });
        context.tasks().submit(work);
    }

    private void describe() {
        Matrix.Result m = result.get();
        if (m == null) {
            status.set(classes.isEmpty() && !freshness.stale() ? texts.get("matrix.noClasses") : "");
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.factCount() == 0 ? texts.get("matrix.none")
                : texts.get("matrix.count", m.rows().size(), m.columns().size(), m.factCount()));
        if (m.cut()) {
            parts.add(texts.get("matrix.cut", Matrix.LIMIT));
        }
        status.set(String.join(" ", parts));
    }

    /** Asks where to save the matrix as CSV (through the dialogs) and saves it there. */
    public void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("matrix.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("matrix.export.csv"), "*.csv"));
        chooser.setInitialFileName("matrix.csv");
        Optional<java.io.File> file = context.dialogs().chooseFileToSave(chooser);
        file.ifPresent(f -> {
            Path path = f.toPath();
            exportTo(path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".csv"));
        });
    }

    /** Saves the matrix as CSV to {@code file} in the background: whole, or the file as it was. */
    public void exportTo(Path file) {
        Matrix.Result m = result.get();
        if (m == null) {
            return;
        }
        LabelMode mode = context.labelModeProperty().get();
        Matrix.Result shownResult = m;
        start(new BackgroundWork<Void>(texts.get("task.export"), c -> {
            MatrixCsv.save(m, mode, file, c);
            return null;
        }), v -> {
            describe();
            status.set(status.get() + " " + texts.get("matrix.saved", shownResult.factCount(), file.getFileName().toString()));
        });
    }

    public ObservableList<Term> classes() {
        return classes;
    }

    public ObjectProperty<Term> rowClassProperty() {
        return rowClass;
    }

    public ObjectProperty<Term> columnClassProperty() {
        return columnClass;
    }

    /** The matrix shown, or null. */
    public ReadOnlyObjectProperty<Matrix.Result> resultProperty() {
        return result;
    }

    /** The chosen cell, or null; choosing one shows its facts and opens its row in the details panel. */
    public ObjectProperty<Matrix.Cell> selectedProperty() {
        return selected;
    }

    /** The chosen cell's facts with their evidence. */
    public ObservableList<ExplainedFact> facts() {
        return facts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether there is a matrix with facts to export and nothing is running. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
