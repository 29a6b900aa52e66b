package org.kgexplorer.core.graph;

import java.util.ArrayDeque;
import java.util.Deque;

/** The undo and redo stacks of one graph: a new edit clears the redo stack; the oldest edits fall off past a limit. */
public final class EditHistory {
    /** How many edits can be undone. */
    public static final int LIMIT = 200;

    private final Deque<GraphEdit> undo = new ArrayDeque<>();
    private final Deque<GraphEdit> redo = new ArrayDeque<>();

    void record(GraphEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    GraphEdit undo() {
        GraphEdit edit = undo.poll();
        if (edit != null) {
            redo.push(edit);
        }
        return edit;
    }

    GraphEdit redo() {
        GraphEdit edit = redo.poll();
        if (edit != null) {
            undo.push(edit);
        }
        return edit;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What the next undo takes back, or null. */
    public String undoKind() {
        return undo.isEmpty() ? null : undo.peek().kind();
    }

    /** What the next redo does again, or null. */
    public String redoKind() {
        return redo.isEmpty() ? null : redo.peek().kind();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
