package org.kgexplorer.ui.query.editor;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.kgexplorer.core.query.QueryProblem;
import org.kgexplorer.core.query.SparqlParsing;
import org.kgexplorer.core.query.completion.CompletionIndex;
import org.kgexplorer.ui.LostLayoutRequests;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.i18n.SyntaxTexts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A SPARQL editor: highlighting, line numbers, bracket matching, auto-indent, autocomplete from the loaded data,
 * errors underlined at their line and column (live while typing, and from a run), Ctrl+Enter to run.
 */
public final class SparqlEditor extends VBox {
    /** The stylesheet of the editor and its proposal list. */
    public static final String STYLESHEET = SparqlEditor.class.getResource("/org/kgexplorer/ui/query/sparql-editor.css")
            .toExternalForm();
    private static final Duration VALIDATION_PAUSE = Duration.ofMillis(400);

    private final I18n.Texts texts;
    private final CodeArea area = new CodeArea();
    private final SparqlHighlighting highlighting;
    private final Label problemLine = new Label();
    /** Held here so the language's weak listener lives as long as this editor, and no longer. */
    private final javafx.beans.InvalidationListener relanguage = obs -> sayProblem();
    private final EditorCompletion completion;
    private final Tooltip errorTip = new Tooltip();
    private final ReadOnlyObjectWrapper<QueryProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Runnable onRun = () -> { };
    private long textVersion;
    private int errorStart = -1;
    private int errorEnd = -1;

    public SparqlEditor(I18n.Texts texts) {
        this.texts = texts;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("sparql-editor-box");
        area.setId("sparql-editor");
        area.getStyleClass().add("sparql-editor");
        area.setParagraphGraphicFactory(SparqlEditor::lineNumber);
        area.accessibleTextProperty().bind(texts.text("editor.accessible"));
        highlighting = new SparqlHighlighting(area);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        problemLine.setId("query-problem");
        problemLine.getStyleClass().add("sparql-problem");
        problemLine.setGraphic(new FontIcon("mdal-error_outline"));
        problemLine.setWrapText(true);
        texts.language().addListener(new javafx.beans.WeakInvalidationListener(relanguage));
        problemLine.setMaxWidth(Double.MAX_VALUE);
        problemLine.visibleProperty().bind(problem.isNotNull());
        problemLine.managedProperty().bind(problemLine.visibleProperty());
        getChildren().addAll(scroll, problemLine);
        // The text area's own virtual flow (its child), whose lost layout left the editor blank (ADR 7).
        LostLayoutRequests.watch(area.getChildrenUnmodifiable().stream()
                .filter(VirtualFlow.class::isInstance).findFirst().orElseThrow());

        completion = new EditorCompletion(area, texts);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.multiPlainChanges().subscribe(changes -> textVersion++);
        area.multiPlainChanges().successionEnds(VALIDATION_PAUSE).subscribe(changes -> validate());
        area.caretPositionProperty().addListener((obs, old, now) -> caretMoved());
        highlighting.onLexed(this::updateBrackets);
        errorTip.setWrapText(true);
        errorTip.setMaxWidth(520);
        area.setMouseOverTextDelay(Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int i = e.getCharacterIndex();
            if (problem.get() != null && i >= errorStart && i < errorEnd) {
                errorTip.setText(problemLine.getText());
                errorTip.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 18);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> errorTip.hide());
    }

    /** The line number beside a paragraph (0-based), right-aligned in a gutter wide enough for 9,999 lines. */
    static javafx.scene.Node lineNumber(int paragraph) {
        Label number = new Label(String.valueOf(paragraph + 1));
        number.getStyleClass().add("lineno");
        number.setMinWidth(46);
        number.setPrefWidth(46);
        number.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return number;
    }

    /** The text area itself (its id is {@code sparql-editor}). */
    public CodeArea area() {
        return area;
    }

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text; the caret goes to the start and the undo history starts afresh. */
    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        area.getUndoManager().forgetHistory();
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** What Ctrl+Enter does. */
    public void setOnRun(Runnable onRun) {
        this.onRun = onRun;
    }

    /** The names autocomplete proposes (the view binds it to the workspace's index). */
    public ObjectProperty<CompletionIndex> completionIndexProperty() {
        return completion.indexProperty();
    }

    /** The label languages proposals show first, e.g. ["es", "en"] when labels are shown in Spanish. */
    public void setLabelLanguages(Supplier<List<String>> languages) {
        completion.setLabelLanguages(languages);
    }

    /** The problem shown now, or null. */
    public ReadOnlyObjectProperty<QueryProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Underlines the token at the problem's line and column and shows the message under the editor. */
    public void showProblem(QueryProblem p) {
        if (p == null) {
            clearProblem();
            return;
        }
        problem.set(p);
        if (p.line() > 0) {
            int[] range = ProblemRange.of(area.getText(), p.line(), p.column());
            errorStart = range[0];
            errorEnd = range[1];
        } else {
            errorStart = -1;
            errorEnd = -1;
        }
        // the same line and column as the command line and the banner after Run
        sayProblem();
        highlighting.setError(errorStart, errorEnd);
    }

    /** The problem's sentence in the interface's language, with the same line and column as the command line. */
    private void sayProblem() {
        QueryProblem p = problem.get();
        if (p != null) {
            problemLine.setText(SyntaxTexts.said(texts, p));
        }
    }

    public void clearProblem() {
        problem.set(null);
        problemLine.setText("");
        errorStart = -1;
        errorEnd = -1;
        highlighting.clearError();
        errorTip.hide();
    }

    /** Whether the proposal list is open. */
    public boolean isCompletionShowing() {
        return completion.isShowing();
    }

    /** Opens the proposals for the word at the caret (what Ctrl+Space does). */
    public void complete() {
        completion.complete(true);
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (completion.keyPressed(e)) {
            return;
        }
        if (code == KeyCode.ENTER && e.isShortcutDown()) {
            e.consume();
            onRun.run();
        } else if (code == KeyCode.SPACE && e.isControlDown()) {
            e.consume();
            completion.complete(true);
        } else if (code == KeyCode.ENTER && !e.isShiftDown() && !e.isAltDown()) {
            e.consume();
            area.replaceSelection(AutoIndent.newline(area.getText(), area.getSelection().getStart()));
            area.requestFollowCaret();
        } else if (code == KeyCode.TAB && e.isControlDown()) {
            // Tab indents inside the editor; Ctrl+Tab (Ctrl+Shift+Tab) leaves it, as in a JavaFX TextArea.
            e.consume();
            FocusTraversal.move(area, e.isShiftDown());
        } else if (code == KeyCode.TAB && !e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
            e.consume();
            area.replaceSelection(AutoIndent.UNIT);
        }
    }

    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || ch.isEmpty()) {
            return;
        }
        if (ch.equals("}") || ch.equals(")") || ch.equals("]")) {
            int caret = area.getCaretPosition();
            int remove = area.getSelection().getLength() == 0 ? AutoIndent.dedentBeforeClosing(area.getText(), caret) : 0;
            if (remove > 0) {
                e.consume();
                area.replaceText(caret - remove, caret, ch);
            }
        } else {
            completion.typed(ch);
        }
    }

    private void caretMoved() {
        updateBrackets();
        completion.caretMoved();
    }

    private void updateBrackets() {
        var tokens = highlighting.currentTokens();
        if (tokens != null) {
            highlighting.setBrackets(BracketMatcher.pairAt(highlighting.lexedText(), tokens, area.getCaretPosition()));
        }
    }

    private void validate() {
        String text = area.getText();
        long version = textVersion;
        EditorWorker.submit(() -> {
            QueryProblem found = null;
            if (!text.isBlank()) {
                try {
                    SparqlParsing.parse(text);
                } catch (QueryProblem p) {
                    found = p;
                }
            }
            QueryProblem result = found;
            Platform.runLater(() -> {
                if (version != textVersion) {
                    return;
                }
                if (result == null) {
                    clearProblem();
                } else {
                    showProblem(result);
                }
            });
        });
    }
}
