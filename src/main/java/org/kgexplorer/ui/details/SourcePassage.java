package org.kgexplorer.ui.details;

import java.util.List;

/**
 * A source document's text with the sentences of one fact's evidence to highlight.
 *
 * @param document the document's name in the label mode
 * @param text     its whole text, or null when it could not be found
 * @param ranges   the sentences as {start, end} indices into {@code text}, in order
 */
public record SourcePassage(String document, String text, List<int[]> ranges) {

    public boolean found() {
        return text != null;
    }
}
