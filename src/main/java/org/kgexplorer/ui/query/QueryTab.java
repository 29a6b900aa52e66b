package org.kgexplorer.ui.query;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.Question;

/**
 * One query tab: its text, the file it was opened from or saved to, the name the user gave it, the library
 * question it came from, and whether it has changes not yet saved.
 */
public final class QueryTab {
    private final int number;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringProperty customTitle = new SimpleStringProperty(this, "customTitle");
    private final ObjectProperty<QueryProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final Question question;
    private final BooleanBinding dirty;

    QueryTab(int number, String text, Path file, Question question) {
        this.number = number;
        this.text.set(text);
        this.savedText.set(text);
        this.file.set(file);
        this.question = question;
        this.dirty = Bindings.createBooleanBinding(() -> !this.text.get().equals(savedText.get()), this.text, savedText);
    }

    /** The tab's number, for the name of a tab that has no other ("Query 3"). */
    public int number() {
        return number;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /** The text as last opened or saved; the tab is dirty when its text differs. */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The name the user gave the tab by renaming it, or null. */
    public StringProperty customTitleProperty() {
        return customTitle;
    }

    /** The library question the tab was opened from, or null. */
    public Question question() {
        return question;
    }

    /** Changes not saved yet. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The problem of the last run (the editor also underlines syntax errors while typing). */
    public ObjectProperty<QueryProblem> problemProperty() {
        return problem;
    }

    void markSaved(String content, Path savedTo) {
        savedText.set(content);
        file.set(savedTo);
    }

    /** An untouched empty tab, which opening a file may reuse. */
    boolean isPristine() {
        return file.get() == null && question == null && text.get().isEmpty() && savedText.get().isEmpty();
    }
}
