package org.kgexplorer.core.query.completion;

/**
 * A replacement in a text: {@code length} characters from {@code offset} become {@code text}.
 *
 * @param offset where the replaced range starts
 * @param length how many characters are replaced (0 for an insertion)
 * @param text   what goes there
 */
public record TextEdit(int offset, int length, String text) {

    /** Applies the edit to a text. */
    public String applyTo(String original) {
        return original.substring(0, offset) + text + original.substring(offset + length);
    }
}
