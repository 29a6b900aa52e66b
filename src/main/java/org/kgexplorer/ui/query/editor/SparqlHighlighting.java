package org.kgexplorer.ui.query.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kgexplorer.core.query.completion.SparqlLexer;
import org.kgexplorer.core.query.completion.SparqlToken;

/**
 * Colours a code area's SPARQL and overlays the decorations (the error underline, the matching brackets). The
 * text is lexed on the editor's background thread: at most one lexing job is in flight, and when the text
 * changed meanwhile another runs at once, so typing never waits and the colours always catch up. Decorations
 * restyle only the characters they touch.
 */
public final class SparqlHighlighting {
    static final String ERROR = "sparql-error";
    static final String BRACKET_MATCH = "bracket-match";
    static final String BRACKET_UNMATCHED = "bracket-unmatched";

    private final CodeArea area;
    private final List<Runnable> afterLexing = new ArrayList<>();
    private long version;
    private boolean lexing;
    private List<SparqlToken> tokens = List.of();
    private String lexedText = "";
    private long tokensVersion = -1;
    private int errorStart = -1;
    private int errorEnd = -1;
    private int[] brackets;

    public SparqlHighlighting(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().subscribe(changes -> changed());
        changed();
    }

    /** The tokens of the current text, or null while the text is being lexed after a change. */
    List<SparqlToken> currentTokens() {
        return tokensVersion == version ? tokens : null;
    }

    /** The text the current tokens were made from. */
    String lexedText() {
        return lexedText;
    }

    /** Runs after each lexing that caught up with the text. */
    void onLexed(Runnable action) {
        afterLexing.add(action);
    }

    private void changed() {
        version++;
        errorStart = -1;
        errorEnd = -1;
        brackets = null;
        if (!lexing) {
            lex();
        }
    }

    private void lex() {
        lexing = true;
        long jobVersion = version;
        String text = area.getText();
        EditorWorker.submit(() -> {
            List<SparqlToken> lexed = SparqlLexer.tokens(text);
            StyleSpans<Collection<String>> spans = spans(lexed, text.length(), 0, text.length(), -1, -1, null);
            Platform.runLater(() -> {
                lexing = false;
                if (jobVersion != version) {
                    lex();
                    return;
                }
                tokens = lexed;
                lexedText = text;
                tokensVersion = jobVersion;
                if (text.length() > 0) {
                    area.setStyleSpans(0, spans);
                }
                restyle(errorStart, errorEnd);
                if (brackets != null) {
                    restyle(brackets[0], brackets[0] + 1);
                    restyle(brackets[1], brackets[1] + 1);
                }
                afterLexing.forEach(Runnable::run);
            });
        });
    }

    /** Underlines [start, end) as an error (after the text is lexed), replacing any earlier underline. */
    void setError(int start, int end) {
        int oldStart = errorStart;
        int oldEnd = errorEnd;
        errorStart = start;
        errorEnd = end;
        restyle(oldStart, oldEnd);
        restyle(start, end);
    }

    void clearError() {
        setError(-1, -1);
    }

    /** Marks a bracket and its match (match -1: an unmatched bracket), or none with null. */
    void setBrackets(int[] pair) {
        int[] old = brackets;
        brackets = pair;
        if (old != null) {
            restyle(old[0], old[0] + 1);
            restyle(old[1], old[1] + 1);
        }
        if (pair != null) {
            restyle(pair[0], pair[0] + 1);
            restyle(pair[1], pair[1] + 1);
        }
    }

    private void restyle(int from, int to) {
        int length = area.getLength();
        if (currentTokens() == null || from < 0 || to <= from || from >= length) {
            return;
        }
        int end = Math.min(to, length);
        area.setStyleSpans(from, spans(tokens, length, from, end, errorStart, errorEnd, brackets));
    }

    /** The styles of [from, to): the token colours, with the decorations laid over them. */
    static StyleSpans<Collection<String>> spans(List<SparqlToken> tokens, int length, int from, int to,
                                               int errorStart, int errorEnd, int[] brackets) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int first = firstTokenAt(tokens, from);
        int added = 0;
        for (int i = first; i < tokens.size() && tokens.get(i).start() < to; i++) {
            SparqlToken t = tokens.get(i);
            TreeSet<Integer> cuts = new TreeSet<>(List.of(Math.max(t.start(), from), Math.min(t.end(), to)));
            for (int p : new int[] {errorStart, errorEnd}) {
                if (p > cuts.first() && p < cuts.last()) {
                    cuts.add(p);
                }
            }
            if (brackets != null) {
                for (int b : brackets) {
                    for (int p : new int[] {b, b + 1}) {
                        if (b >= 0 && p > cuts.first() && p < cuts.last()) {
                            cuts.add(p);
                        }
                    }
                }
            }
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null) {
                    builder.add(styleOf(t, previous, errorStart, errorEnd, brackets), cut - previous);
                    added++;
                }
                previous = cut;
            }
        }
        if (added == 0) {
            builder.add(List.of(), Math.max(0, Math.min(to, length) - from));
        }
        return builder.create();
    }

    private static Collection<String> styleOf(SparqlToken t, int at, int errorStart, int errorEnd, int[] brackets) {
        List<String> styles = new ArrayList<>(3);
        String base = styleClass(t.type());
        if (base != null) {
            styles.add(base);
        }
        if (at >= errorStart && at < errorEnd) {
            styles.add(ERROR);
        }
        if (brackets != null && (at == brackets[0] || at == brackets[1])) {
            styles.add(brackets[1] < 0 ? BRACKET_UNMATCHED : BRACKET_MATCH);
        }
        return styles;
    }

    /** The CSS style class of a token type (see sparql-editor.css). */
    static String styleClass(SparqlToken.Type type) {
        return switch (type) {
            case KEYWORD -> "sparql-keyword";
            case VARIABLE -> "sparql-variable";
            case IRI -> "sparql-iri";
            case PREFIXED_NAME -> "sparql-prefixed-name";
            case STRING -> "sparql-string";
            case LANGUAGE_TAG -> "sparql-language-tag";
            case NUMBER -> "sparql-number";
            case COMMENT -> "sparql-comment";
            case BLANK_NODE -> "sparql-blank-node";
            case BRACKET -> "sparql-bracket";
            case PUNCTUATION -> "sparql-punctuation";
            case WORD, WHITESPACE -> null;
        };
    }

    private static int firstTokenAt(List<SparqlToken> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
