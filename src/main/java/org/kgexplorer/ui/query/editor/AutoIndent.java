package org.kgexplorer.ui.query.editor;

/** The indentation rules of the editor: two spaces per level, one more after an opening brace. */
final class AutoIndent {
    static final String UNIT = "  ";

    private AutoIndent() {
    }

    /** What Enter inserts at the caret: a line break and the indentation of the new line. */
    static String newline(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        String line = text.substring(lineStart, caret);
        String indent = leadingWhitespace(line);
        String before = line.stripTrailing();
        if (before.endsWith("{") || before.endsWith("(") || before.endsWith("[")) {
            indent += UNIT;
        }
        return "\n" + indent;
    }

    /**
     * How many characters to remove before the caret when a closing brace is typed on a line holding only
     * indentation so far (one indentation level), or 0.
     */
    static int dedentBeforeClosing(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        String line = text.substring(lineStart, caret);
        if (!line.isEmpty() && line.isBlank() && line.endsWith(UNIT)) {
            return UNIT.length();
        }
        return 0;
    }

    private static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
