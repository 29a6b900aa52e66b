package org.kgexplorer.ui.query.editor;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyEvent;

import org.fxmisc.richtext.CodeArea;
import org.kgexplorer.core.query.completion.Completion;
import org.kgexplorer.core.query.completion.CompletionContext;
import org.kgexplorer.core.query.completion.CompletionIndex;
import org.kgexplorer.core.query.completion.Completions;
import org.kgexplorer.core.query.completion.TextEdit;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The editor's autocomplete: looks up proposals on the editor thread, shows them under the caret, narrows them
 * as the user types, and applies the chosen one (with its PREFIX line when needed).
 */
final class EditorCompletion {
    private static final int MAX_PROPOSALS = 50;

    private final CodeArea area;
    private final CompletionPopup popup;
    private final ObjectProperty<CompletionIndex> index = new SimpleObjectProperty<>(this, "completionIndex",
            CompletionIndex.empty());
    /** The latest lookup asked for; older ones still queued are skipped (read on the editor thread). */
    private final AtomicLong request = new AtomicLong();
    private Supplier<List<String>> labelLanguages = () -> List.of("en", "es");
    private boolean openAfterTyping;
    private boolean accepting;

    EditorCompletion(CodeArea area, I18n.Texts texts) {
        this.area = area;
        this.popup = new CompletionPopup(texts, this::accept);
        area.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }

    ObjectProperty<CompletionIndex> indexProperty() {
        return index;
    }

    void setLabelLanguages(Supplier<List<String>> languages) {
        this.labelLanguages = languages;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    /** Handles the keys of the open list (Up, Down, Page Up/Down, Enter, Tab, Escape); true when consumed. */
    boolean keyPressed(KeyEvent e) {
        if (!popup.isShowing()) {
            return false;
        }
        switch (e.getCode()) {
            case UP -> popup.move(-1);
            case DOWN -> popup.move(1);
            case PAGE_UP -> popup.move(-10);
            case PAGE_DOWN -> popup.move(10);
            case ENTER, TAB -> {
                if (e.isShortcutDown()) {
                    popup.hide();
                    return false;
                }
                accept(popup.selected());
            }
            case ESCAPE -> popup.hide();
            default -> {
                return false;
            }
        }
        e.consume();
        return true;
    }

    /** After a typed {@code :} or {@code <} the list opens by itself. */
    void typed(String character) {
        if (character.equals(":") || character.equals("<")) {
            openAfterTyping = true;
        }
    }

    /** Keeps the open list in step with the caret, or opens it after a trigger character. */
    void caretMoved() {
        if (accepting) {
            return;
        }
        if (openAfterTyping) {
            openAfterTyping = false;
            complete(false);
        } else if (popup.isShowing()) {
            complete(false);
        }
    }

    /** Looks up proposals for the word at the caret; {@code explicit} (Ctrl+Space) also opens on an empty word. */
    void complete(boolean explicit) {
        String text = area.getText();
        int caret = area.getCaretPosition();
        CompletionContext context = CompletionContext.at(text, caret);
        boolean nothingTyped = context.mode() == CompletionContext.Mode.WORD && context.word().isEmpty()
                && !context.classWanted();
        if (context.mode() == CompletionContext.Mode.NONE || (!explicit && nothingTyped)) {
            request.incrementAndGet();
            popup.hide();
            return;
        }
        long asked = request.incrementAndGet();
        CompletionIndex names = index.get();
        List<String> languages = labelLanguages.get();
        EditorWorker.submit(() -> {
            if (asked != request.get()) {
                return;
            }
            List<Completion> proposals = names.propose(context, text, languages, MAX_PROPOSALS);
            Platform.runLater(() -> {
                if (asked != request.get() || caret != area.getCaretPosition()) {
                    return;
                }
                if (proposals.isEmpty()) {
                    popup.hide();
                    return;
                }
                area.getCaretBounds().ifPresentOrElse(bounds -> popup.show(proposals, area, bounds), popup::hide);
            });
        });
    }

    private void accept(Completion completion) {
        if (completion == null) {
            return;
        }
        popup.hide();
        request.incrementAndGet();
        String text = area.getText();
        CompletionContext context = CompletionContext.at(text, area.getCaretPosition());
        Completions.Accepted accepted = Completions.accept(text, context, completion);
        accepting = true;
        try {
            for (TextEdit edit : accepted.edits()) {
                area.replaceText(edit.offset(), edit.offset() + edit.length(), edit.text());
            }
            area.moveTo(accepted.caret());
            area.requestFollowCaret();
        } finally {
            accepting = false;
        }
    }
}
